# The home page.

home-title = Tradefair：认证供应商批发平台
home-hero-title = 从认证工厂采购批发产品
home-hero-body = 以您的本币比较来自 { $countries } 个国家和地区、{ $suppliers } 家供应商的批量价格和起订量。
home-browse-all =
    { $count ->
       *[other] 浏览全部 { $count } 个产品
    }
home-categories = 按类别选购
home-featured-suppliers = 精选供应商
home-new-products = 认证供应商新品
home-stat-products = 产品
home-stat-suppliers = 供应商
home-stat-countries = 国家和地区
