cart-total = Summe: { $total } { $currency }
welcome = Willkommen, { $name
