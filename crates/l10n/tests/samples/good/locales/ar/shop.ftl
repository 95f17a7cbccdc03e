-brand = تريدفير
cart-items = { $count ->
    [zero] سلتك فارغة
    [one] منتج واحد في سلتك
    [two] منتجان في سلتك
    [few] { $count } منتجات في سلتك
    [many] { $count } منتجًا في سلتك
   *[other] { $count } منتج في سلتك
}
cart-total = المجموع: { $total }
    .title = إجمالي الطلب لـ { $buyer }
welcome = مرحبًا بك في { -brand }، { $name }!
