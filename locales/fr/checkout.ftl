## Checkout

checkout-title = Validation de la commande
