# The home page.

home-title = Tradefair: تجارة الجملة مع موردين موثَّقين
home-hero-title = احصل على منتجات الجملة من مصانع موثَّقة
home-hero-body = قارن أسعار الكميات والحد الأدنى للطلب بعملتك، لدى { $suppliers } من الموردين في { $countries } من البلدان.
home-browse-all =
    { $count ->
        [zero] تصفّح المنتجات
        [one] تصفّح منتجًا واحدًا
        [two] تصفّح المنتجَين
        [few] تصفّح { $count } منتجات
        [many] تصفّح { $count } منتجًا
       *[other] تصفّح { $count } منتج
    }
home-categories = تسوّق حسب الفئة
home-featured-suppliers = موردون مميَّزون
home-new-products = الجديد من الموردين الموثَّقين
home-stat-products = المنتجات
home-stat-suppliers = الموردون
home-stat-countries = البلدان
