# The supplier page and supplier cards.

supplier-location = { $city }، { $country }
supplier-verified-by = تم التحقق بواسطة { $company }
supplier-verified-dates = فُحص في { $date }، وصالح حتى { $until }
supplier-not-verified = لم تتحقّق منه أي شركة فحص بعد
supplier-scope = نطاق الفحص
scope-business-licence = الرخصة التجارية
scope-factory-audit = تدقيق المصنع
scope-export-licence = رخصة التصدير
scope-quality-system = نظام إدارة الجودة
supplier-years =
    { $years ->
        [zero] في السوق منذ أقل من سنة
        [one] في السوق منذ سنة واحدة
        [two] في السوق منذ سنتين
        [few] في السوق منذ { $years } سنوات
        [many] في السوق منذ { $years } سنة
       *[other] في السوق منذ { $years } سنة
    }
supplier-response-rate = معدل الاستجابة
supplier-response-time = مدة الرد المعتادة
supplier-response-hours =
    { $hours ->
        [zero] خلال أقل من ساعة
        [one] خلال ساعة واحدة
        [two] خلال ساعتين
        [few] خلال { $hours } ساعات
        [many] خلال { $hours } ساعة
       *[other] خلال { $hours } ساعة
    }
supplier-employees = عدد الموظفين
supplier-transactions = سجل المعاملات (آخر 12 شهرًا)
supplier-orders = الطلبات
supplier-volume = قيمة الطلبات
supplier-on-time = التسليم في الموعد
supplier-rating = تقييم المشترين
supplier-rating-value =
    { $rating } من 5 ({ $reviews ->
        [zero] لا توجد مراجعات
        [one] مراجعة واحدة
        [two] مراجعتان
        [few] { $reviews } مراجعات
        [many] { $reviews } مراجعة
       *[other] { $reviews } مراجعة
    })
supplier-main-markets = الأسواق الرئيسية
supplier-currency = عملة الفواتير
supplier-about = نبذة عن الشركة
supplier-products =
    { $count ->
        [zero] لا توجد منتجات
        [one] منتج واحد
        [two] منتجان
        [few] { $count } منتجات
        [many] { $count } منتجًا
       *[other] { $count } منتج
    }
supplier-all-products = عرض جميع منتجاته في الكتالوج
supplier-visit = عرض المورد
supplier-facts = بيانات الشركة
