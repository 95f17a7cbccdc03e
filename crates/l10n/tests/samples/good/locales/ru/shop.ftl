-brand = Tradefair
cart-items = { $count ->
    [one] { $count } товар в корзине
    [few] { $count } товара в корзине
    [many] { $count } товаров в корзине
   *[other] { $count } товара в корзине
}
cart-total = Итого: { $total }
    .title = Сумма заказа для { $buyer }
welcome = Добро пожаловать в { -brand }, { $name }!
