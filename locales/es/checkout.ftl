## Checkout

checkout-title = Finalizar compra
