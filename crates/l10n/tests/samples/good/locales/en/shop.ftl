-brand = Tradefair

## Cart

# $count: number of items
cart-items = { $count ->
    [one] One item in your cart
   *[other] { $count } items in your cart
}
cart-total = Total: { $total }
    .title = Order total for { $buyer }
welcome = Welcome to { -brand }, { $name }!
