-brand = Tradefair
cart-items = { $count ->
    [one] Ein Artikel im Warenkorb
    [few] { $count } Artikel im Warenkorb
   *[other] { $count } Artikel im Warenkorb
}
cart-total = Summe: { $total }
    .title = Bestellsumme für { $buyer }
welcome = Willkommen bei { -brand }, { $name }!
old-banner = Sommerschlussverkauf
