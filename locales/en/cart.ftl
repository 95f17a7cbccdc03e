# The cart.

cart-title = Cart
cart-empty-title = Your cart is empty
cart-empty-body = Find products in the catalog and add them here. Your cart is kept on this device.
cart-migrated = Your cart was saved by an older version of Tradefair and has been brought up to date.
cart-reset = Your saved cart could not be read, so it was emptied. We are sorry for the trouble.
cart-dropped =
    { $count ->
        [one] One line of your saved cart could not be read and was removed.
       *[other] { $count } lines of your saved cart could not be read and were removed.
    }
cart-dismiss = Dismiss
cart-kept-locally =
    { $count ->
        [one] Your cart ({ $count } line) is safe on this device; prices will show when the server answers.
       *[other] Your cart ({ $count } lines) is safe on this device; prices will show when the server answers.
    }
cart-unavailable =
    { $count ->
        [one] One product in your cart is no longer available.
       *[other] { $count } products in your cart are no longer available.
    }
cart-remove = Remove
cart-ships-separately = This supplier ships and invoices separately.
cart-supplier-subtotal = Supplier subtotal:
cart-summary = Cart summary
cart-total = Goods total:
cart-total-note = Goods only, before freight, duties and taxes. Each line is converted to your currency once, then added.
cart-prices-checked = Prices checked with the supplier's current price list on { $time }.
cart-fix-lines = Some quantities need a change before checkout: see the messages above.
cart-quoted-price = Quoted price
cart-destination = Destination country
cart-destination-note = Used for the freight, duty and tax estimates below, and as the country of your shipping address at checkout.
cart-proceed = Proceed to checkout
