## Checkout

checkout-title = Checkout
