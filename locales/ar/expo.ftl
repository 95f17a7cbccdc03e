## Expo

expo-title = المعرض الافتراضي

## Live player

live-region = فيديو الجناح
live-video-label = بث مباشر من الجناح
live-recording-label = فيديو مسجَّل من الجناح
live-badge-live = مباشر
live-badge-recording = تسجيل
live-viewers =
    { $count ->
        [zero] لا يوجد مشاهدون
        [one] مشاهد واحد
        [two] مشاهدان
        [few] { $count } مشاهدين
        [many] { $count } مشاهدًا
       *[other] { $count } مشاهد
    }
live-connecting = جارٍ الاتصال بالبث المباشر…
live-playing = أنت تشاهد البث المباشر.
live-waiting = لم يبدأ البث المباشر بعد.
live-reconnecting = انقطع الاتصال بالبث المباشر. جارٍ إعادة الاتصال…
live-ended = انتهت هذه الجلسة المباشرة.
live-retry-in =
    { $seconds ->
        [zero] المحاولة التالية الآن.
        [one] المحاولة التالية بعد ثانية واحدة.
        [two] المحاولة التالية بعد ثانيتين.
        [few] المحاولة التالية بعد { $seconds } ثوانٍ.
        [many] المحاولة التالية بعد { $seconds } ثانية.
       *[other] المحاولة التالية بعد { $seconds } ثانية.
    }
live-retry-now = حاول الآن
live-sound-on = تشغيل الصوت
live-sound-off = كتم الصوت
live-captions = الترجمة المرئية
live-captions-off = إيقاف

## Expo hall, schedule, booth

expo-intro = زر أجنحة العارضين، وشاهد الجلسات المباشرة، واحجز اجتماعات في أوقات تناسب الطرفين.
expo-tab-hall = القاعة
expo-tab-schedule = الجدول
expo-halls = القاعات
expo-all-halls = كل القاعات
expo-hall-counts =
    { $booths ->
        [zero] لا أجنحة
        [one] جناح واحد
        [two] جناحان
        [few] { $booths } أجنحة
       *[other] { $booths } جناحًا
    }، { $live } مباشر
expo-filters = عوامل التصفية
expo-filter-category = الفئة
expo-filter-country = البلد
expo-filter-language = اللغة المحكية
expo-filter-day = اليوم
expo-filter-hall = القاعة
expo-any = الكل
expo-any-day = كل الأيام
expo-booths = العارضون
expo-booth-count =
    { $count ->
        [zero] لا عارضين
        [one] عارض واحد
        [two] عارضان
        [few] { $count } عارضين
       *[other] { $count } عارضًا
    }
expo-no-booths = لا يوجد عارض يطابق عوامل التصفية هذه.
expo-clear-filters = مسح عوامل التصفية
expo-live-now = مباشر الآن
expo-live-until = مباشر حتى { $time }
expo-next-session = الجلسة التالية: { $time }
expo-no-session = لا توجد جلسة مجدولة
expo-sells = يبيع:
expo-list-separator = {"، "}
expo-hall-name = القاعة: { $hall }
expo-place = { $city }، { $country }
expo-verified = موثّق
expo-verified-by = وثّقه { $inspector }، صالح حتى { $until }
expo-unverified = غير موثّق بعد
expo-speaks = اللغات: { $languages }
expo-profile = ملف المورّد
expo-offline-next = غير متصل. الجلسة التالية: { $time }
expo-offline-none = غير متصل. لا توجد جلسة مجدولة.
expo-live-recorded = العارض يقدّم الآن: أنت تشاهد عرضه المسجّل.
expo-time-range = { $start } – { $end }
expo-time-exhibitor = توقيت العارض: { $time } ({ $zone })
expo-your-zone = الأوقات معروضة بمنطقتك الزمنية ({ $zone }).
expo-session-count =
    { $count ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
       *[other] { $count } جلسة
    }
expo-no-sessions = لا توجد جلسات مطابقة.
expo-session-title = { $kind }: { $product }
expo-kind-product-launch = إطلاق منتج
expo-kind-factory-tour = جولة في المصنع
expo-kind-live-demo = عرض مباشر
expo-kind-q-and-a = أسئلة وأجوبة
expo-add-to-calendar = أضف إلى التقويم
expo-save = ذكّرني
expo-saved = تم ضبط التذكير
expo-reminder = تبدأ الآن: { $exhibitor } – { $title }
expo-reminder-join = اذهب إلى الجناح
expo-reminder-dismiss = إغلاق
expo-ics-session = { $exhibitor }: { $title }
expo-ics-session-body = جلسة مباشرة في جناح { $exhibitor } على Tradefair.
expo-ics-meeting = اجتماع مع { $exhibitor } (Tradefair)
expo-booth-sessions = الجلسات
expo-brochures = الكتيّبات وأوراق المواصفات
expo-brochures-empty = لا توجد مستندات للتنزيل لدى هذا العارض.
expo-brochure-catalogue = كتالوج المنتجات (PDF)
expo-brochure-spec-sheet = ورقة المواصفات (PDF)
expo-brochure-meta = PDF، { $size } ك.ب
expo-meeting-title = احجز اجتماعًا
expo-meeting-intro = الأوقات المتاحة لدى { $exhibitor }، بمنطقتك الزمنية وتحتها توقيت العارض:
expo-meeting-zones = منطقتك الزمنية: { $buyer }. منطقة العارض الزمنية: { $exhibitor }.
expo-only-both-working = فقط الأوقات التي يكون فيها الطرفان في ساعات العمل
expo-both-working = ساعات عمل الطرفين
expo-slot-exhibitor = العارض: { $time }
expo-no-slots = لا توجد أوقات متاحة خلال الأسبوع القادم.
expo-meeting-note = ما الذي تود مناقشته؟ (اختياري)
expo-book = احجز هذا الوقت
expo-booking = جارٍ الحجز…
expo-meeting-booked = تم حجز الاجتماع
expo-error-choose-slot = اختر وقتًا أولًا.
expo-error-slot-taken = حُجز هذا الوقت للتو. يُرجى اختيار وقت آخر.
expo-error-too-long = استخدم { $max } حرفًا على الأكثر.
expo-card-title = تبادل بطاقات العمل
expo-card-intro = اختر ما يمكن أن يراه { $exhibitor }. لن تتم مشاركة أي شيء قبل موافقتك أدناه.
expo-card-choose = البيانات المراد مشاركتها
expo-card-share-field = مشاركة { $field }
expo-card-name = الاسم
expo-card-company = الشركة
expo-card-job-title = المسمى الوظيفي
expo-card-email = البريد الإلكتروني
expo-card-phone = الهاتف
expo-card-consent = أوافق على مشاركة البيانات المختارة مع { $exhibitor }، ويمكنني سحبها في أي وقت.
expo-card-share = شارك بطاقتي
expo-card-shared = تمت المشاركة مع { $exhibitor } في { $time }:
expo-card-withdraw = اسحب بطاقتي
expo-card-shared-notice = تمت مشاركة بطاقتك.
expo-card-withdrawn-notice = تم سحب بطاقتك؛ لم تعد لدى العارض.
expo-error-consent = ضع علامة في المربع للموافقة قبل المشاركة.
expo-error-no-fields = اختر بيانًا واحدًا على الأقل للمشاركة.
expo-error-email = أدخل بريدًا إلكترونيًا مثل name@company.com.
expo-error-phone = أدخل رقم هاتف من 6 إلى 20 رقمًا.
expo-error-invalid = تحقق من هذه القيمة.
expo-home-none-live = لا يوجد جناح يبث مباشرة الآن.
expo-home-visit = زُر المعرض الافتراضي
