## Checkout

checkout-title = 结算
