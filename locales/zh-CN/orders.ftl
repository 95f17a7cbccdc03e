## Orders

orders-title = 订单
