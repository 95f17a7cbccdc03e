-brand = 贸易博览
cart-items = 购物车中有 { $count } 件商品
cart-total = 合计：{ $total }
    .title = { $buyer } 的订单总额
welcome = 欢迎来到{ -brand }，{ $name }！
