## Orders

orders-title = Pedidos
