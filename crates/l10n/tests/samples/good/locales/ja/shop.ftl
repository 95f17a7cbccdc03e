-brand = トレードフェア
cart-items = カートに{ $count }点の商品があります
cart-total = 合計：{ $total }
    .title = { $buyer }様のご注文合計
welcome = { -brand }へようこそ、{ $name }さん！
