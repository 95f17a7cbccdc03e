## Checkout

checkout-title = إتمام الطلب
checkout-draft-reset = تعذّرت قراءة بيانات الطلب المحفوظة، لذا يبدأ النموذج فارغًا.
checkout-empty-title = لا يوجد ما يُطلب
checkout-empty-body = سلة التسوق فارغة. أضف منتجات من الكتالوج أولًا.
checkout-cart-needs-fixing = تحتاج بعض بنود السلة إلى تعديل (الكمية أو التوفر) قبل إتمام الطلب.
checkout-back-to-cart = مراجعة السلة
checkout-kept-locally = سلتك وكل ما أدخلته محفوظان على هذا الجهاز. أعد المحاولة عندما يستجيب الخادم.
checkout-steps = خطوات إتمام الطلب
checkout-step-count = الخطوة { $current } من { $total }:
checkout-step-company = الشركة
checkout-step-shipping-address = عنوان الشحن
checkout-step-billing-address = عنوان الفوترة
checkout-step-delivery = الشحن لكل مورّد
checkout-step-payment = الدفع
checkout-step-review = المراجعة وتقديم الطلب
checkout-back = رجوع
checkout-continue = متابعة
checkout-summary = ملخص الطلب
checkout-suppliers =
    { $count ->
        [zero] من { $count } مورّد.
        [one] من مورّد واحد، يُشحن ويُفوتر على حدة.
        [two] من مورّدَين، يُشحن ويُفوتر كلٌّ منهما على حدة.
        [few] من { $count } مورّدين، يُشحن ويُفوتر كلٌّ منهم على حدة.
        [many] من { $count } مورّدًا، يُشحن ويُفوتر كلٌّ منهم على حدة.
       *[other] من { $count } مورّد، يُشحن ويُفوتر كلٌّ منهم على حدة.
    }

## Fields and their errors

checkout-choose-country = اختر دولة
checkout-choose = اختر…
checkout-legal-name = الاسم القانوني للشركة
checkout-company-country = دولة التسجيل
checkout-tax-id = رقم ضريبة القيمة المضافة / الرقم الضريبي
checkout-tax-id-hint-country = اختر دولة التسجيل أولًا: فالصيغة تعتمد عليها.
checkout-tax-id-hint-free = رقم التسجيل الضريبي لشركتك.
checkout-tax-id-hint = مثال على الصيغة: { $example }
checkout-po-number = رقم أمر الشراء (PO)
checkout-cost-centre = مركز التكلفة (اختياري)
checkout-contact-email = البريد الإلكتروني للتواصل بشأن هذا الطلب
checkout-error-required = يُرجى ملء هذا الحقل.
checkout-error-invalid-format = يبدو أن هذا غير صحيح. يُرجى التحقق منه.
checkout-error-tax-id = هذا الرقم غير صالح لهذه الدولة. الصيغة المتوقعة، مثلًا: { $example }
checkout-error-too-long = هذا طويل جدًا. يُرجى اختصاره.
checkout-error-not-offered = هذا الخيار غير متاح هنا. يُرجى اختيار غيره.
checkout-error-below-moq = إحدى الكميات أقل من الحد الأدنى للطلب لدى المورّد.
checkout-error-not-multiple = إحدى الكميات ليست من مضاعفات وحدة الطلب لدى المورّد.
checkout-error-other = يُرجى التحقق من هذا الحقل.

address-country = الدولة
address-recipient = المستلم أو القسم
address-line1 = الشارع والرقم
address-line2 = المبنى، الطابق، الوحدة (اختياري)
address-city = المدينة
address-region-state = الولاية
address-region-province = المقاطعة
address-region-emirate = الإمارة
address-region-prefecture = المحافظة
address-region-region = المنطقة (اختياري)
address-postal-code = الرمز البريدي
address-postal-hint = مثلًا: { $example }
address-phone = هاتف لشركة الشحن (اختياري)
checkout-billing-same = الفوترة إلى عنوان الشحن

## Payment

checkout-payment-method = طريقة الدفع
checkout-pay-bank-transfer = تحويل بنكي (T/T)
checkout-pay-bank-transfer-note = تصلك البيانات المصرفية لكل مورّد مع تأكيد الطلب.
checkout-pay-bank-transfer-unavailable = التحويل البنكي غير متاح لهذا الطلب.
checkout-pay-letter-of-credit = خطاب اعتماد
checkout-pay-letter-of-credit-note = يفتح مصرفك اعتمادًا مستنديًا لصالح كل مورّد.
checkout-pay-letter-of-credit-unavailable = خطابات الاعتماد غير متاحة لهذا الطلب.
checkout-pay-card = بطاقة
checkout-pay-card-note = تدفع على الصفحة الآمنة لمزوّد الدفع؛ لا يرى Tradefair رقم بطاقتك أبدًا.
checkout-pay-card-unavailable = لا يوجد مزوّد دفع بالبطاقات مرتبط بهذا المتجر، لذا لا يمكن استخدام البطاقات.
checkout-pay-net-terms = الدفع الآجل
checkout-pay-net-terms-note = ادفع الفاتورة خلال عدد الأيام المتفق عليه.
checkout-pay-net-terms-unavailable = للمشترين أصحاب حد ائتماني معتمد فقط. لا تملك شركتك حدًا بعد.
checkout-issuing-bank = المصرف المُصدِر
checkout-net-days = يستحق الدفع خلال
checkout-days =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
checkout-escrow = استخدام ضمان التجارة (الضمان لدى طرف ثالث)
checkout-escrow-note = يُحتجز مبلغك لدى طرف ثالث ولا يُسلَّم للمورّد إلا عند تأكيدك الاستلام.
checkout-escrow-on = ضمان التجارة: المبلغ محتجز حتى تؤكد الاستلام.
checkout-escrow-off = بدون ضمان التجارة.

## Review and placing

checkout-edit = تغيير
checkout-edit-label = تغيير { $section }
checkout-line-quantity = × { $quantity }
checkout-supplier-subtotal = المجموع الفرعي للمورّد:
checkout-in-supplier-currency = ({ $amount } بعملة المورّد)
checkout-goods-total = إجمالي البضائع:
checkout-total-note = البضائع فقط. الشحن والرسوم الجمركية والضرائب تعتمد على مصطلح التجارة لكل مورّد (انظر التقديرات).
checkout-place-order = تقديم الطلب
checkout-placing = جارٍ تقديم الطلب…
checkout-see-orders = عرض طلباتك
checkout-nothing-lost = لم يضِع شيء: سلتك وبياناتك محفوظة. إعادة المحاولة لا تقدّم الطلب مرتين أبدًا.
checkout-pending-note = ربما وصلتنا محاولة سابقة بالفعل. تقديم الطلب مجددًا آمن: لن يُطلب مرتين.
checkout-price-changed-title = تغيّرت الأسعار
checkout-old-total = سابقًا:
checkout-new-total = الآن:
checkout-accept-prices = قبول الأسعار الجديدة

## Landed-cost estimate

landed-title = تقدير التكلفة حتى الوصول
landed-incoterm = مصطلح التجارة (Incoterm)
landed-method = طريقة الشحن
method-sea = شحن بحري
method-air = شحن جوي
method-express = بريد سريع
method-rail = شحن بالسكك الحديدية
landed-no-incoterm = لا تشترك منتجات هذا المورّد في أي مصطلح تجارة: اطلبها منفصلة أو اطلب عرض سعر.
landed-need-destination = اختر دولة الوجهة لعرض الشحن والرسوم الجمركية والضرائب ومدة التسليم.
landed-unavailable = طريقة الشحن هذه لا تخدم هذا المسار. يُرجى اختيار غيرها.
landed-error = تعذّر حساب التقدير: سعر صرف مفقود.
landed-includes = ما يشمله سعر { $incoterm }
landed-cost = التكلفة
landed-amount = التقدير
landed-who-pays = يدفعها
landed-goods = البضائع (السعر)
landed-in-price = ضمن السعر
landed-buyer-pays = على حسابك
landed-cost-export-clearance = التخليص الجمركي للتصدير
landed-cost-main-freight = الشحن الرئيسي
landed-cost-insurance = تأمين البضائع
landed-cost-import-duty = الرسوم الجمركية على الاستيراد ({ $rate }٪)
landed-cost-import-vat = ضريبة القيمة المضافة على الاستيراد ({ $rate }٪)
landed-cost-delivery-to-door = التوصيل حتى بابك
landed-on-top = تدفع إضافةً إلى السعر:
landed-total = التكلفة التقديرية حتى الوصول:
landed-delivery = مدة التسليم: من { $min } إلى { $max } يومًا بعد الطلب.
landed-rounding = المبالغ بعملة { $currency }. يُقرَّب كل تحويل وكل نسبة مئوية مرة واحدة إلى أصغر وحدة (النصف بعيدًا عن الصفر). هذا تقدير وليس عرض سعر.
landed-basis-title = كيف يُحسب هذا التقدير
landed-basis-illustrative-rates-2026 = الأسعار من جدول توضيحي لعام 2026، وليست عرض سعر.
landed-basis-cartons-from-packaging = الوزن والحجم من بيانات الكراتين لدى المورّد (الكرتونة غير الممتلئة تُحسب كاملة).
landed-basis-unit-weight-estimate = بعض المنتجات بلا بيانات كراتين: وزن الوحدة مضافًا إليه 10٪ للتغليف، و200 كغ لكل متر مكعب.
landed-basis-sea-revenue-tonne = الشحن البحري لكل طن شحن (1 م³ أو 1000 كغ، أيهما أكبر)، بحد أدنى طن واحد.
landed-basis-air-volumetric-6000 = الشحن الجوي حسب الوزن المحتسب (6000 سم³ لكل كغ)، مقرّبًا لأعلى إلى 0.5 كغ.
landed-basis-express-volumetric-5000 = البريد السريع حسب الوزن المحتسب (5000 سم³ لكل كغ)، مقرّبًا لأعلى إلى 0.5 كغ.
landed-basis-rail-volumetric-2000 = الشحن بالسكك الحديدية حسب الوزن المحتسب (1 م³ يُحسب 500 كغ)، بالكيلوغرام الكامل.
landed-basis-insurance-on-goods-plus-freight = التأمين 0.3٪ من قيمة البضائع مضافًا إليها الشحن.
landed-basis-duty-on-cif = تُحتسب الرسوم الجمركية على قيمة CIF (البضائع والشحن والتأمين).
landed-basis-duty-on-goods-value = تُحتسب الرسوم الجمركية على قيمة البضائع فقط (القيمة الجمركية دون الشحن).
landed-basis-mfn-average-by-category = نسب الرسوم هي متوسطات الدولة الأولى بالرعاية لكل فئة: دون أفضليات أو حصص أو تدابير حماية تجارية.
landed-basis-import-vat-on-cif-plus-duty = تُحتسب ضريبة القيمة المضافة على الاستيراد على قيمة CIF مضافًا إليها الرسوم.
landed-basis-import-vat-recoverable = يستطيع المشترون المسجّلون في ضريبة القيمة المضافة عادةً استرداد ضريبة الاستيراد.
landed-basis-intra-eu-reverse-charge = داخل الاتحاد الأوروبي: لا رسوم جمركية؛ ويحتسب المشتري ضريبة القيمة المضافة بالتكليف العكسي.
landed-basis-domestic = الدولة نفسها: لا جمارك إطلاقًا.
landed-basis-converted-once = حُوّلت المبالغ مرة واحدة إلى عملتك، مع التقريب (النصف بعيدًا عن الصفر).
landed-basis-window-is-lead-time-plus-transit = مدة التسليم هي مهلة الإنتاج مضافًا إليها النقل والتخليص الجمركي.
