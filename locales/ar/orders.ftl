## Orders

orders-title = الطلبات
