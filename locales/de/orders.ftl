## Orders

orders-title = Bestellungen
