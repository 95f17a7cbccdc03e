search = 検索
    .placeholder = 商品を検索
