cart-total = Total: { $total }
welcome = Welcome, { $name }!
