# The catalog: search, filters, sort and results.

catalog-title = الكتالوج
catalog-heading = كتالوج الجملة
catalog-results =
    { $count ->
        [0] لا توجد منتجات
        [zero] لا توجد منتجات
        [one] منتج واحد
        [two] منتجان
        [few] { $count } منتجات
        [many] { $count } منتجًا
       *[other] { $count } منتج
    }
catalog-results-for = نتائج البحث عن «{ $query }»
catalog-updating = جارٍ تحديث النتائج…
catalog-filters = عوامل التصفية
catalog-show-filters = إظهار عوامل التصفية
catalog-clear-filters = مسح جميع عوامل التصفية
catalog-active-filters = عوامل التصفية المطبَّقة
catalog-remove-filter = إزالة عامل التصفية: { $filter }
catalog-sort = الترتيب حسب
sort-relevance = الأكثر صلة
sort-price-asc = السعر: من الأقل إلى الأعلى
sort-price-desc = السعر: من الأعلى إلى الأقل
sort-moq-asc = الأقل في الحد الأدنى للطلب
sort-lead-time-asc = الأقصر في مدة التسليم
sort-newest = الأحدث

facet-category = الفئة
facet-price = سعر الوحدة ({ $currency })
facet-price-min = الحد الأدنى
facet-price-max = الحد الأقصى
facet-price-apply = تطبيق السعر
facet-price-invalid = أدخل مبلغًا مثل { $example }.
facet-price-order = يجب ألّا يتجاوز الحد الأدنى الحد الأقصى.
facet-moq = الحد الأدنى للطلب
facet-moq-any = أي كمية
facet-moq-up-to = حتى { $qty }
facet-certifications = الشهادات
facet-country = بلد المورد
facet-country-more = عرض جميع البلدان
facet-country-less = عرض بلدان أقل
facet-lead-time = مدة التسليم
facet-lead-any = أي مدة تسليم
facet-lead-within =
    { $days ->
        [zero] الشحن في اليوم نفسه
        [one] الشحن خلال يوم واحد
        [two] الشحن خلال يومين
        [few] الشحن خلال { $days } أيام
        [many] الشحن خلال { $days } يومًا
       *[other] الشحن خلال { $days } يوم
    }
facet-overseas = متوفر في مستودع خارجي
facet-count =
    { $count ->
        [zero] لا توجد منتجات
        [one] منتج واحد
        [two] منتجان
        [few] { $count } منتجات
        [many] { $count } منتجًا
       *[other] { $count } منتج
    }

catalog-empty-title = لا توجد منتجات تطابق بحثك
catalog-empty-body = جرّب كلمات أخرى، أو أزِل بعض عوامل التصفية.
catalog-empty-clear = مسح البحث وعوامل التصفية
catalog-page-out-of-range = هذه الصفحة تقع بعد آخر صفحة من النتائج.
catalog-first-page = الانتقال إلى الصفحة الأولى

pager-label = صفحات النتائج
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-page = الصفحة { $page }
pager-status = الصفحة { $page } من { $pages }

card-moq = الحد الأدنى للطلب: { $quantity }
card-lead-time =
    { $days ->
        [zero] يُشحن في اليوم نفسه
        [one] يُشحن خلال يوم واحد
        [two] يُشحن خلال يومين
        [few] يُشحن خلال { $days } أيام
        [many] يُشحن خلال { $days } يومًا
       *[other] يُشحن خلال { $days } يوم
    }
card-overseas = مخزون في الخارج
card-supplier-price = سعر المورد: { $price }

category-electronics = الإلكترونيات
category-lighting = الإضاءة
category-machinery = الآلات والمعدات
category-textiles = المنسوجات
category-packaging = التغليف
category-home-kitchen = المنزل والمطبخ
category-furniture = الأثاث
category-auto-parts = قطع غيار السيارات
category-beauty-care = التجميل والعناية الشخصية
category-sports-outdoor = الرياضة والأنشطة الخارجية
category-tools-hardware = العُدد والأدوات
category-office = اللوازم المكتبية

unit-piece =
    { $count ->
        [zero] { $count } قطعة
        [one] قطعة واحدة
        [two] قطعتان
        [few] { $count } قطع
        [many] { $count } قطعة
       *[other] { $count } قطعة
    }
unit-set =
    { $count ->
        [zero] { $count } طقم
        [one] طقم واحد
        [two] طقمان
        [few] { $count } أطقم
        [many] { $count } طقمًا
       *[other] { $count } طقم
    }
unit-pair =
    { $count ->
        [zero] { $count } زوج
        [one] زوج واحد
        [two] زوجان
        [few] { $count } أزواج
        [many] { $count } زوجًا
       *[other] { $count } زوج
    }
unit-meter =
    { $count ->
        [zero] { $count } متر
        [one] متر واحد
        [two] متران
        [few] { $count } أمتار
        [many] { $count } مترًا
       *[other] { $count } متر
    }
unit-kilogram =
    { $count ->
        [zero] { $count } كغ
        [one] { $count } كغ
        [two] { $count } كغ
        [few] { $count } كغ
        [many] { $count } كغ
       *[other] { $count } كغ
    }
unit-roll =
    { $count ->
        [zero] { $count } لفة
        [one] لفة واحدة
        [two] لفتان
        [few] { $count } لفات
        [many] { $count } لفة
       *[other] { $count } لفة
    }
unit-box =
    { $count ->
        [zero] { $count } علبة
        [one] علبة واحدة
        [two] علبتان
        [few] { $count } علب
        [many] { $count } علبة
       *[other] { $count } علبة
    }
per-unit-piece = للقطعة
per-unit-set = للطقم
per-unit-pair = للزوج
per-unit-meter = للمتر
per-unit-kilogram = لكل كغ
per-unit-roll = للفة
per-unit-box = للعلبة
