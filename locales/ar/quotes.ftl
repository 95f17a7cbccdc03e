## Quotes

quotes-title = طلبات عروض الأسعار
quotes-intro = اطلب من الموردين سعرًا للكمية التي تريدها، وقارن عروضهم جنبًا إلى جنب، واقبل أفضلها.
quotes-list-title = طلباتك
quotes-empty-title = لا توجد طلبات بعد
quotes-empty-body = تظهر هنا الطلبات التي ترسلها، مع عروض أسعار الموردين فور وصولها.

## Links from the product page and the cart

rfq-link-product = اطلب عرض سعر
rfq-link-supplier = اطلب عرض سعر لهذه المنتجات
rfq-link-cart = اطلب عرض سعر للسلة كلها

## The new-request form

rfq-form-title = طلب عرض سعر جديد
rfq-form-start = ابدأ الطلب من صفحة منتج أو من سلتك: تُملأ المنتجات والكميات تلقائيًا.
rfq-form-browse = تصفح الكتالوج
rfq-products = المنتجات
rfq-quantity = الكمية
rfq-moq = الحد الأدنى للطلب { $quantity }
rfq-remove-product = إزالة من الطلب
rfq-suppliers = اسأل موردين آخرين أيضًا
rfq-suppliers-note = يُسأل مورد المنتج دائمًا. اختر موردين آخرين من الفئة نفسها لمقارنة عروض أكثر.
rfq-suppliers-none = لا يوجد موردون آخرون في هذه الفئة.
rfq-target-price = سعر الوحدة المستهدف (اختياري)
rfq-target-currency = عملة السعر المستهدف
rfq-target-price-hint = سعر الوحدة الذي تأمل أن تدفعه، مثل 1.25. يراه الموردون؛ اتركه فارغًا ليقدموا عروضهم بأنفسهم.
rfq-destination = بلد الوجهة
rfq-destination-choose = اختر بلدًا
rfq-incoterm = شرط التسليم
rfq-needed-by = مطلوب بحلول
rfq-message = رسالة إلى المورد (اختياري)
rfq-attachments = أسماء المرفقات (اختياري)
rfq-attachments-hint = اسم ملف واحد في كل سطر، مثل spec.pdf. لا تُرفع الملفات: تُرسل أسماؤها فقط، وتشارك الملفات مع المورد في المحادثة بعد رده.
rfq-draft-kept = يُحفظ طلبك غير المرسل على هذا الجهاز، فيمكنك المغادرة والعودة لاحقًا.
rfq-send = إرسال الطلب
rfq-sending = جارٍ الإرسال…
rfq-discard = تجاهل الطلب
rfq-sent-notice =
    { $count ->
        [one] أُرسل الطلب إلى مورد واحد. تظهر العروض أدناه فور وصولها.
        [two] أُرسل الطلب إلى موردَين. تظهر العروض أدناه فور وصولها.
        [few] أُرسل الطلب إلى { $count } موردين. تظهر العروض أدناه فور وصولها.
        [zero] أُرسل الطلب إلى { $count } موردًا. تظهر العروض أدناه فور وصولها.
        [many] أُرسل الطلب إلى { $count } موردًا. تظهر العروض أدناه فور وصولها.
       *[other] أُرسل الطلب إلى { $count } موردًا. تظهر العروض أدناه فور وصولها.
    }

## Field errors

rfq-error-items = أضف منتجًا واحدًا على الأقل إلى الطلب.
rfq-error-items-unavailable = تعذر تحميل أحد منتجات هذا الطلب. أزله أو حاول مرة أخرى لاحقًا.
rfq-error-suppliers = اسأل 10 موردين على الأكثر في الطلب الواحد.
rfq-error-quantity-required = أدخل كمية لا تقل عن 1.
rfq-error-quantity = أدخل الكمية عددًا صحيحًا، مثل 500.
rfq-error-target-price = أدخل السعر المستهدف مبلغًا موجبًا بعدد خانات عشرية لا يتجاوز خانات العملة، مثل 1.25، أو اتركه فارغًا.
rfq-error-destination = اختر البلد الذي تُشحن إليه البضاعة.
rfq-error-destination-invalid = اختر بلدًا من القائمة.
rfq-error-needed-by = أدخل التاريخ الذي تحتاج فيه البضاعة.
rfq-error-needed-by-past = لا يمكن أن يكون التاريخ في الماضي.
rfq-error-needed-by-invalid = أدخل تاريخًا مثل 2027-01-31.
rfq-error-attachments = اذكر 10 أسماء ملفات على الأكثر، لا يزيد كل منها على 200 حرف.
rfq-error-too-long = النص طويل جدًا: اجعله أقل من 2000 حرف.
rfq-error-required = هذا الحقل مطلوب.
rfq-error-invalid = هذه القيمة غير صالحة.

## An RFQ in the list

rfq-status-waiting = في انتظار العروض
rfq-status-quoted =
    { $count ->
        [one] عرض واحد
        [two] عرضان
        [few] { $count } عروض
        [zero] { $count } عرضًا
        [many] { $count } عرضًا
       *[other] { $count } عرضًا
    }
rfq-status-accepted = تم قبول عرض
rfq-status-declined = لا توجد عروض
rfq-sent = أُرسل
rfq-attachments-listed = المرفقات المذكورة:
rfq-waiting-label = الموردون الذين ردّوا
rfq-waiting = في انتظار العروض: ردّ { $answered } من أصل { $asked } من الموردين. تتحدث هذه الصفحة تلقائيًا.
rfq-none-quoted = لم يكن لدى أي من الموردين المسؤولين منتج مطابق لتقديم عرض.
rfq-some-declined =
    { $count ->
        [one] لم يكن لدى مورد واحد منتج مطابق فلم يقدم عرضًا.
        [zero] لم يكن لدى { $count } من الموردين منتج مطابق فلم يقدموا عروضًا.
        [two] لم يكن لدى { $count } من الموردين منتج مطابق فلم يقدموا عروضًا.
        [few] لم يكن لدى { $count } من الموردين منتج مطابق فلم يقدموا عروضًا.
        [many] لم يكن لدى { $count } من الموردين منتج مطابق فلم يقدموا عروضًا.
       *[other] لم يكن لدى { $count } من الموردين منتج مطابق فلم يقدموا عروضًا.
    }

## Comparison

quotes-compare-caption = العروض مقارنة بعملة { $currency }
quotes-col-supplier = المورد
quotes-col-unit-price = سعر الوحدة
quotes-col-total = الإجمالي
quotes-col-incoterm = شرط التسليم
quotes-col-lead-time = مدة التجهيز
quotes-col-valid-until = صالح حتى
quotes-col-action = إجراء
quotes-quantity = الكمية { $count }
quotes-days =
    { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [zero] { $count } يومًا
        [many] { $count } يومًا
       *[other] { $count } يومًا
    }
quotes-best-price = أفضل سعر
quotes-best-lead-time = الأسرع
quotes-best-expiry = الأطول صلاحية
quotes-mixed-incoterms = تستخدم هذه العروض شروط تسليم مختلفة، لذا تشمل أسعارها خدمات مختلفة (الشحن، التأمين، الرسوم). قارن عمود شرط التسليم أيضًا.
quotes-normalised = حُوّلت الأسعار إلى { $currency } بأسعار صرف اليوم؛ ويظهر سعر المورد الأصلي تحته إن اختلف.
quotes-no-rate = تتعذر مقارنة هذه العروض: سعر صرف مفقود.
quotes-accept = قبول
quotes-accept-from = قبول العرض من { $supplier }
quotes-accepted = مقبول
quotes-view-cart = عرض السلة
quotes-expired = انتهت صلاحيته في { $date }: لم يعد ممكنًا قبول هذا العرض. أرسل طلبًا جديدًا للحصول على سعر محدث.
quotes-added-to-cart = أُضيف إلى سلتك: { $quantity } بسعر { $price } للوحدة، وهو سعر العرض، صالح حتى { $date }.
