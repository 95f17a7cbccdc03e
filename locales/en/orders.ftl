## Orders

orders-title = Orders
