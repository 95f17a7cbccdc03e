## Checkout

checkout-title = Kasse
