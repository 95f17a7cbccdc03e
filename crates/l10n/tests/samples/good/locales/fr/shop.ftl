-brand = Tradefair
cart-items = { $count ->
    [one] { $count } article dans votre panier
   *[other] { $count } articles dans votre panier
}
cart-total = Total : { $total }
welcome = Bienvenue sur { -brand }, { $name } !
