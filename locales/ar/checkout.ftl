## Checkout

checkout-title = إتمام الطلب
