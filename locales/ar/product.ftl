# The product page.

product-gallery = صور المنتج
product-image-alt = { $name }، الصورة { $index } من { $total }
product-show-image = عرض الصورة { $index }
product-breadcrumb = مسار التنقل
product-price-tiers = السعر حسب الكمية
product-tier-quantity = الكمية
product-tier-from = { $quantity } فأكثر
product-tier-range = { $from } – { $to }
product-tier-price = سعر الوحدة
product-tier-supplier-price = سعر المورد
product-tier-saving = التوفير
product-tier-saving-value = −{ $percent }
product-rate-note = حُوِّلت الأسعار بسعر صرف 1 { $from } = { $rate } { $to } (أسعار { $date })، مع التقريب إلى أقرب وحدة صغرى. يُصدر المورد فواتيره بعملة { $from }.
product-moq = الحد الأدنى للطلب
product-multiple = يُطلب بمضاعفات { $quantity }
product-lead-time = مدة التسليم
product-lead-time-days =
    { $days ->
        [zero] في اليوم نفسه
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
product-incoterms = شروط التسليم (Incoterms) المتاحة
product-certifications = الشهادات
product-no-certifications = لم يُصرّح المورد بأي شهادات
product-description = الوصف
product-specs = المواصفات
product-packaging = تغليف التصدير
packaging-per-carton = عدد الوحدات في الكرتونة
packaging-carton-size = أبعاد الكرتونة
packaging-gross-weight = الوزن الإجمالي للكرتونة
packaging-none = لم يقدّم المورد تفاصيل التغليف.
product-carbon = البصمة الكربونية
product-carbon-value = { $kg } كغ CO₂e لكل وحدة (من المهد إلى بوابة المصنع)
product-carbon-none = لم يقدّم المورد بيانات البصمة الكربونية.
product-overseas = المستودعات الخارجية
product-overseas-row =
    { $quantity } في المخزون، ويُرسَل { $days ->
        [zero] في اليوم نفسه
        [one] خلال يوم واحد
        [two] خلال يومين
        [few] خلال { $days } أيام
        [many] خلال { $days } يومًا
       *[other] خلال { $days } يوم
    }
product-overseas-none = يُشحن من المصنع فقط.
product-listed = تاريخ الإدراج: { $date }
product-supplier = المورد
product-more-from-supplier = المزيد من هذا المورد

incoterm-EXW = EXW: تسليم أرض المصنع
incoterm-FOB = FOB: التسليم على ظهر السفينة
incoterm-CIF = CIF: التكلفة والتأمين وأجرة الشحن
incoterm-DAP = DAP: التسليم في المكان المحدد
incoterm-DDP = DDP: التسليم مع دفع الرسوم

spec-model = الطراز
spec-material = الخامة
spec-dimensions = الأبعاد
spec-weight = الوزن الصافي
spec-color = اللون (RAL)
spec-warranty-months = الضمان (بالأشهر)
spec-origin = بلد المنشأ
spec-power = القدرة
spec-voltage = الجهد الكهربائي
spec-battery = البطارية
spec-connectivity = خيارات الاتصال
spec-screen-size = حجم الشاشة
spec-resolution = الدقة
spec-storage = سعة التخزين
spec-length = الطول
spec-width = العرض
spec-thickness = السُّمك
spec-diameter = القطر
spec-capacity = السعة
spec-luminous-flux = التدفق الضوئي
spec-color-temperature = درجة حرارة اللون
spec-ip-rating = درجة الحماية (IP)
spec-base = قاعدة المصباح
spec-working-area = مساحة العمل
spec-pressure = الضغط
spec-flow-rate = معدل التدفق
spec-press-force = قوة الكبس
spec-clamping-force = قوة الإغلاق
spec-output = القدرة الخارجة
spec-frequency = التردد
spec-speed = السرعة
spec-fabric-weight = وزن القماش
spec-thread-count = عدد الخيوط
spec-size = المقاس
spec-neck-finish = مقاس فوهة العبوة
spec-paper-weight = وزن الورق
spec-pieces = عدد القطع في الطقم
spec-load-capacity = قدرة التحمّل
spec-height-range = نطاق الارتفاع
spec-seat-height = ارتفاع المقعد
spec-oe-number = رقم OE
spec-thread = اللولبة
spec-spf = عامل الحماية من الشمس (SPF)
spec-persons = عدد الأشخاص
spec-water-column = عمود الماء
spec-comfort-temperature = درجة حرارة الراحة
spec-drive = مقاس مربع التثبيت
spec-torque = عزم الدوران
spec-strength-class = فئة المتانة
spec-working-range = مدى العمل
spec-tip-size = مقاس الرأس
spec-sheets = عدد الأوراق
spec-security-level = مستوى الأمان
spec-sheet-capacity = سعة الأوراق

# Ordering from the product page.
order-quantity = الكمية
order-not-a-number = أدخل عددًا صحيحًا، مثل 500.
order-below-moq = الحد الأدنى للطلب هو { $moq }.
order-raise-to = رفع الكمية إلى { $quantity }
order-not-multiple = يُباع هذا المنتج بمضاعفات { $multiple }.
order-round-to = تغيير الكمية إلى { $quantity }
order-line-total = إجمالي سعر { $quantity }:
order-saving = توفّر { $amount } مقارنةً بشريحة السعر الأولى.
order-next-break = اطلب { $quantity } أو أكثر لتدفع { $price } للوحدة.
order-add-to-cart = إضافة إلى السلة
order-added = تمّت إضافة { $quantity } إلى سلتك.
order-view-cart = عرض السلة
order-in-cart = في سلتك: { $quantity }
