## Orders

orders-title = Commandes
