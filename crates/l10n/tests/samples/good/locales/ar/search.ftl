search = بحث
    .placeholder = ابحث عن المنتجات
