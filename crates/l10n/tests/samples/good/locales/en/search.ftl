search = Search
    .placeholder = Search products
