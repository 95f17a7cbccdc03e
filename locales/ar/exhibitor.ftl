# The exhibitor console (/exhibitor) and sign-in (/sign-in).

exhibitor-title = لوحة العارض
sign-in-title = تسجيل الدخول

## Sign-in, the console shell and leads (helper D)

sign-in-intro = يسجّل العارضون الدخول هنا لإدارة أجنحتهم: البث المباشر، وتعديل الجناح، ومتابعة العملاء المحتملين، والرد على طلبات عروض الأسعار.
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-show-password = إظهار كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-busy = جارٍ تسجيل الدخول…
sign-in-signing-out = جارٍ تسجيل الخروج…
sign-in-error-email-required = أدخل بريدك الإلكتروني.
sign-in-error-password-required = أدخل كلمة المرور.
sign-in-error-invalid = لا يطابق هذا البريد الإلكتروني وكلمة المرور أي حساب. تحقّق منهما وحاول مرة أخرى.
sign-in-signed-in-as = أنت مسجّل الدخول باسم { $name } ({ $email }).
sign-in-role-buyer = مشترٍ
sign-in-role-exhibitor = عارض
sign-in-demo-title = حسابات تجريبية
sign-in-demo-intro = هذه نسخة تجريبية: جرّب لوحة العارض بأحد هذه الحسابات. كلمات المرور الخاصة بها علنية.
sign-in-demo-exhibitor = عارض الجناح { $booth }
sign-in-demo-use = استخدام هذا الحساب
console-signed-in-as = مسجّل الدخول باسم { $name }
console-redirecting = جارٍ نقلك إلى تسجيل الدخول…
console-tabs = أقسام اللوحة
console-tab-live = البث المباشر
console-tab-booth = الجناح
console-tab-leads = العملاء المحتملون
console-tab-rfqs = طلبات عروض الأسعار
console-booth = جناحك:
console-booth-number = الجناح { $id }
console-view-booth = شاهد جناحك كما يراه المشترون
console-not-exhibitor-title = هذه اللوحة مخصّصة للعارضين
console-not-exhibitor = أنت مسجّل الدخول باسم { $name } ({ $email })، وهو حساب مشترٍ. سجّل الدخول بحساب العارض الخاص بأحد الأجنحة لاستخدام اللوحة.
console-switch-account = تسجيل الدخول بحساب آخر
leads-title = العملاء المحتملون
leads-intro = المشترون الذين شاركوا بطاقة أو حجزوا اجتماعًا أو طرحوا سؤالًا أو أرسلوا طلب عرض سعر، الأحدث أولًا. لا تظهر المشاهدة وتنزيلات الكتيّبات إلا للمشترين الذين شاركوا بطاقتهم.
leads-empty = لا يوجد عملاء محتملون بعد. سيظهر هنا المشترون الذين يشاركون بطاقة أو يحجزون اجتماعًا أو يطرحون سؤالًا أو يرسلون طلب عرض سعر.
leads-filters = تصفية العملاء المحتملين
leads-filter-text = بحث
leads-filter-status = الحالة
leads-filter-kind = النشاط
leads-filter-any = الكل
leads-count = العملاء المحتملون المعروضون: { $shown } من { $total }
leads-export = تصدير CSV
leads-no-match = لا يوجد عميل محتمل يطابق عوامل التصفية هذه.
leads-clear-filters = مسح عوامل التصفية
leads-unnamed = مشترٍ (بلا اسم)
leads-consent-yes = شارك بطاقته
leads-consent-no = لم يشارك بطاقة
leads-consent-note = لم يشارك هذا المشتري بطاقته، لذا لا تُعرض المشاهدة والتنزيلات.
leads-company = الشركة
leads-country = البلد
leads-email = البريد الإلكتروني
leads-phone = الهاتف
leads-activities = ما قام به
leads-status = الحالة
leads-notes = ملاحظات
leads-save = حفظ
leads-saving = جارٍ الحفظ…
leads-saved = تم الحفظ.
leads-notes-too-long = يجب ألا تتجاوز الملاحظات { $max } حرف.
leads-notes-invalid = تعذّر حفظ هذه الملاحظات. تحقّق منها وحاول مرة أخرى.
leads-status-new = جديد
leads-status-contacted = تم التواصل
leads-status-qualified = مؤهَّل
leads-status-won = تمت الصفقة
leads-status-lost = خسارة
leads-kind-card = شارك بطاقة
leads-kind-meeting = حجز اجتماعًا
leads-kind-question = طرح سؤالًا
leads-kind-rfq = أرسل طلب عرض سعر
leads-kind-watched = شاهد البث
leads-kind-brochure = نزّل كتيّبًا
leads-activity-card = شارك بطاقة عمله
leads-activity-meeting = حجز اجتماعًا في { $time }
leads-activity-question = سأل:
leads-activity-rfq = أرسل طلب عرض سعر لـ { $quantity } ×
leads-activity-watched = { $minutes ->
        [zero] شاهد البث أقل من دقيقة
        [one] شاهد البث دقيقة واحدة
        [two] شاهد البث دقيقتين
        [few] شاهد البث { $minutes } دقائق
        [many] شاهد البث { $minutes } دقيقة
       *[other] شاهد البث { $minutes } دقيقة
    }
leads-activity-brochure = نزّل الكتيّب
leads-product-fallback = المنتج { $id }

## محرر الجناح (المساعد E)
editor-title = ملف الجناح
editor-unsaved = تغييرات غير محفوظة
editor-no-changes = لا توجد تغييرات غير محفوظة
editor-draft-restored = استعدنا تغييراتك غير المحفوظة من المرة السابقة.
editor-draft-kept = تبقى التغييرات محفوظة على هذا الجهاز إلى أن تحفظها.
editor-errors-summary = { $count ->
        [one] يجب تصحيح حقل واحد.
        [two] يجب تصحيح حقلين.
        [few] يجب تصحيح { $count } حقول.
        [zero] لا توجد حقول تحتاج إلى تصحيح.
        [many] يجب تصحيح { $count } حقلًا.
       *[other] يجب تصحيح { $count } حقلًا.
    }
editor-saved = تم الحفظ. يرى المشترون جناحك الآن بهذه التغييرات.
editor-view-public = شاهد جناحك كما يراه المشترون
editor-save = حفظ الملف
editor-saving = جارٍ الحفظ…
editor-discard = تجاهل التغييرات
editor-texts-title = الوصف
editor-texts-complete = وصفك مكتوب بكل لغات المعرض.
editor-texts-missing = { $count ->
        [one] ناقص بلغة واحدة: { $languages }.
        [two] ناقص بلغتين: { $languages }.
        [few] ناقص بـ { $count } لغات: { $languages }.
        [zero] لا تنقص أي لغة.
        [many] ناقص بـ { $count } لغة: { $languages }.
       *[other] ناقص بـ { $count } لغة: { $languages }.
    }
editor-texts-fallback = يرى المشترون الذين يقرؤون هذه اللغات الوصف الإنجليزي.
editor-texts-add = إضافة ترجمة ({ $language })
editor-text-label = الوصف ({ $language })
editor-text-count = { $count } من { $max } حرف
editor-texts-remove = حذف الترجمة ({ $language })
editor-featured-title = المنتجات المميزة
editor-featured-note = حتى { $max } من منتجاتك، تظهر بهذا الترتيب في جناحك.
editor-featured-empty = لا توجد منتجات مميزة بعد.
editor-featured-up = نقل { $product } إلى الأعلى
editor-featured-down = نقل { $product } إلى الأسفل
editor-featured-remove = إزالة { $product }
editor-remove = إزالة
editor-featured-choose = منتج للتمييز
editor-featured-pick = اختر منتجًا
editor-featured-add = إضافة إلى المميزة
editor-featured-full = القائمة ممتلئة: أزل منتجًا لإضافة آخر (بحد أقصى { $max }).
editor-brochures-title = الكتيبات
editor-brochures-note = اختر المستندات التي يمكن للمشترين تنزيلها من جناحك.
editor-brochure-include = عرضه في جناحك: { $document }
editor-sessions-title = جدول الجلسات
editor-sessions-zone = التواريخ والأوقات بالمنطقة الزمنية لجناحك: { $zone }.
editor-sessions-empty = لا توجد جلسات مخططة.
editor-session-row = الجلسة { $row }
editor-session-kind = نوع الجلسة
editor-session-product = المنتج المعروض
editor-session-product-pick = اختر منتجًا
editor-session-date = التاريخ
editor-session-start = وقت البدء
editor-session-duration = المدة
editor-minutes = { $count ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [zero] { $count } دقيقة
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
editor-session-offset = { $zone }، ‏UTC{ $offset } في هذا التاريخ.
editor-session-incomplete = أدخل تاريخًا ووقت بدء لترى متى سيراها المشترون.
editor-session-preview = تبدأ { $utc }، أي { $local } بتوقيتك ({ $viewer_zone }).
editor-session-remove = حذف الجلسة { $row }
editor-session-add = إضافة جلسة
editor-hours-title = مواعيد الاجتماعات
editor-hours-note = يمكن للمشترين حجز اجتماعات من الاثنين إلى الجمعة ضمن هذه الساعات ({ $zone }).
editor-hours-start = بداية ساعات العمل
editor-hours-end = نهاية ساعات العمل
editor-slot-length = مدة موعد الاجتماع
editor-error-too-long = هذا النص طويل جدًا: { $max } حرف كحد أقصى.
editor-error-duplicate = هذا العنصر مكرر.
editor-error-too-many = يمكن تمييز { $max } منتجات كحد أقصى.
editor-error-too-many-sessions = عدد الجلسات كبير جدًا: احذف بعضها.
editor-error-not-offered = هذا المنتج ليس من منتجاتك.
editor-error-brochure = هذا المستند ليس من مستندات جناحك.
editor-error-time-zone = المنطقة الزمنية للجناح غير معروفة.
editor-error-product = اختر المنتج الذي تعرضه هذه الجلسة.
editor-error-required = املأ هذا الحقل.
editor-error-date = أدخل تاريخًا صحيحًا.
editor-error-overlaps = تتداخل هذه الجلسة مع جلسة أخرى.
editor-error-time = أدخل وقتًا بين 00:00 و23:59.
editor-error-duration = تستمر الجلسة بين 15 و240 دقيقة.
editor-error-hours = يجب أن تكون نهاية ساعات العمل بعد بدايتها.
editor-error-slot = اختر مدة موعد من 15 أو 30 أو 45 أو 60 دقيقة.
editor-error-invalid = تحقق من هذا الحقل.

## صندوق طلبات عروض الأسعار (المساعد E)
inbox-title = طلبات عروض الأسعار
inbox-intro = الطلبات التي أرسلها المشترون إلى شركتك، الأحدث أولًا. أجب بأسعارك؛ يراها المشترون بعملتهم.
inbox-empty = لا توجد طلبات عروض أسعار بعد.
inbox-answered = تم الرد
inbox-awaiting = بانتظار ردك
inbox-received = ورد في { $date }
inbox-quantity = الكمية
inbox-target-price = سعر الوحدة المستهدف
inbox-no-target = غير محدد
inbox-destination = الوجهة
inbox-incoterm = شرط التسليم
inbox-needed-by = مطلوب بحلول
inbox-message = رسالة المشتري
inbox-no-message = لا توجد رسالة.
inbox-attachments = المرفقات
inbox-no-attachments = لا توجد مرفقات.
inbox-answer-open = الرد على هذا الطلب
inbox-answer-close = إغلاق نموذج الرد
inbox-answer-title = عرض السعر الخاص بك
inbox-answer-currency = الأسعار بعملتك: { $currency } ({ $code }).
inbox-tiers = شرائح الأسعار
inbox-tier-min-qty = ابتداءً من الكمية
inbox-tier-unit-price = سعر الوحدة ({ $code })
inbox-tier-actions = إجراءات
inbox-tier-min-qty-row = ابتداءً من الكمية، الشريحة { $row }
inbox-tier-unit-price-row = سعر الوحدة بـ { $code }، الشريحة { $row }
inbox-tier-remove = حذف الشريحة { $row }
inbox-tier-add = إضافة شريحة
inbox-lead-time = مدة التسليم (بالأيام)
inbox-expires-on = صالح حتى
inbox-note = ملاحظة للمشتري (اختيارية)
inbox-already-answered = لقد رددت على هذا الطلب من قبل.
inbox-draft-kept = يبقى ردك غير المرسل محفوظًا على هذا الجهاز.
inbox-send = إرسال عرض السعر
inbox-sending = جارٍ الإرسال…
inbox-your-quote = عرض السعر الخاص بك
inbox-quote-unit = سعر الوحدة للكمية المطلوبة:
inbox-lead-time-days = { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [zero] { $days } يوم
        [many] { $days } يومًا
       *[other] { $days } يومًا
    }
inbox-error-tiers = أضف شريحة سعر واحدة على الأقل.
inbox-error-required = املأ هذا الحقل.
inbox-error-not-ascending = يجب أن تبدأ كل شريحة بكمية أكبر من الشريحة السابقة.
inbox-error-above-quantity = يجب أن تبدأ الشريحة الأولى عند الكمية المطلوبة أو أقل منها.
inbox-error-quantity = أدخل عددًا صحيحًا من الوحدات.
inbox-error-price = أدخل سعر وحدة أكبر من الصفر، مثل 12.50.
inbox-error-lead-time = أدخل مدة تسليم من 1 إلى 365 يومًا.
inbox-error-expires-past = يجب أن يكون عرض السعر صالحًا بعد اليوم.
inbox-error-date = أدخل تاريخًا صحيحًا.
inbox-error-too-long = هذا النص طويل جدًا.
inbox-error-invalid = تحقق من هذا الحقل.

## Live tab (/exhibitor): going live and running the booth during the stream.
live-devices-title = الكاميرا والميكروفون
live-preview-label = معاينة ما ترسله
live-camera-ask = لبدء البث المباشر، اسمح لهذه الصفحة باستخدام الكاميرا والميكروفون. سيطلب منك المتصفح ذلك.
live-camera-allow = تشغيل الكاميرا والميكروفون
live-camera-opening = جارٍ فتح الكاميرا…
live-camera-retry = إعادة المحاولة
live-camera = الكاميرا
live-microphone = الميكروفون
live-camera-unnamed = الكاميرا { $number }
live-microphone-unnamed = الميكروفون { $number }
live-no-camera = لم يُعثر على كاميرا
live-no-microphone = لم يُعثر على ميكروفون
live-resolution = الدقة
live-resolution-360 = 360p (للاتصالات البطيئة)
live-resolution-720 = 720p (موصى بها)
live-resolution-1080 = 1080p (للاتصالات السريعة)
live-mic-level = مستوى الميكروفون
live-mic-level-value = المستوى { $level } من 100
live-share-screen = مشاركة الشاشة لعرض الشرائح
live-back-to-camera = العودة إلى الكاميرا
live-on-air-camera = على الهواء: الكاميرا
live-on-air-screen = على الهواء: الشاشة المشتركة
live-preview-camera = معاينة: الكاميرا
live-preview-screen = معاينة: الشاشة المشتركة
live-device-denied = رُفض الوصول إلى الكاميرا أو الميكروفون. اسمح به في إعدادات الموقع في متصفحك، ثم أعد المحاولة.
live-device-missing = لم يُعثر على كاميرا أو ميكروفون. وصّل جهازًا وأعد المحاولة.
live-device-busy = الكاميرا أو الميكروفون قيد الاستخدام من تطبيق آخر. أغلقه وأعد المحاولة.
live-device-resolution = لا تدعم الكاميرا هذه الدقة. اختر دقة أقل.
live-device-unsupported = لا يستطيع هذا المتصفح استخدام الكاميرا في هذه الصفحة. استخدم متصفحًا حديثًا عبر اتصال آمن (https).
live-device-failed = تعذّر تشغيل الكاميرا أو الميكروفون. أعد المحاولة.
live-broadcast-title = البث
live-state-off = خارج البث
live-state-starting = جارٍ الاتصال بخادم الوسائط…
live-state-live = على الهواء
live-state-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال (المحاولة { $attempt })…
live-state-stopping = جارٍ الإيقاف…
live-go = بدء البث المباشر
live-stop = إيقاف
live-no-media-server = يتطلب البث المباشر خادم وسائط، وهذه الواجهة الخلفية لا تملك واحدًا.
live-no-media-server-explained = لا يمكن نشر فيديو مباشر مع هذه الواجهة الخلفية: ليس لديها خادم وسائط. لا يزال بإمكانك فحص الكاميرا والميكروفون، وإدارة الدردشة والأسئلة والمنتجات المثبّتة في الجناح.
live-need-camera = شغّل الكاميرا أولًا.
live-error-refused = رفض خادم الوسائط مفتاح البث. أعد تحميل الصفحة وحاول مرة أخرى.
live-error-unreachable = تعذّر الوصول إلى خادم الوسائط. تحقّق من اتصالك وأعد المحاولة.
live-error-media-server = ردّ خادم الوسائط بخطأ ({ $status }). أعد المحاولة بعد قليل.
live-error-browser = تعذّر على متصفحك إعداد البث. أعد المحاولة أو استخدم متصفحًا آخر.
live-error-backend = تعذّر تحديث الجناح: { $reason }
live-elapsed = مدة البث
live-bitrate = معدّل البت الصادر
live-viewers-now = المشاهدون
live-figure-none = —
live-bitrate-kbps = { $value } كيلوبت/ث
live-bitrate-mbps = { $value } ميغابت/ث
live-pins-title = منتجاتك
live-pins-hint = يظهر المنتج المثبّت فورًا في تبويب «المثبّتة» لدى المشترين.
live-pins-empty = لا يحتوي كتالوجك على منتجات بعد.
live-pin = تثبيت
live-unpin = إلغاء التثبيت
live-pin-named = تثبيت { $name }
live-unpin-named = إلغاء تثبيت { $name }
live-pinned-badge = مثبّت
live-pin-error = تعذّر تغيير التثبيت: { $reason }
live-questions-title = { $open ->
    [zero] الأسئلة: لا يوجد سؤال مفتوح
    [one] الأسئلة: سؤال واحد مفتوح
    [two] الأسئلة: سؤالان مفتوحان
    [few] الأسئلة: { $open } أسئلة مفتوحة
    [many] الأسئلة: { $open } سؤالًا مفتوحًا
   *[other] الأسئلة: { $open } سؤال مفتوح
}
live-questions-empty = لا توجد أسئلة بعد.
live-question-votes = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
live-mark-answered = وضع علامة «تمت الإجابة»
live-mark-answered-named = وضع علامة «تمت الإجابة»: { $question }
live-answered = تمت الإجابة
live-answered-error = تعذّر وضع علامة «تمت الإجابة» على السؤال: { $reason }
live-chat-title = الدردشة
live-reply-label = ردّك (يظهر باسم العارض)
live-reply-send = إرسال الرد
live-reply-error = لم يُرسل ردّك: { $reason }
live-watching-title = يشاهدون الآن
live-watching-count = { $count ->
    [zero] لا مشاهدين
    [one] مشاهد واحد
    [two] مشاهدان
    [few] { $count } مشاهدين
    [many] { $count } مشاهدًا
   *[other] { $count } مشاهد
}
live-watching-unknown = يظهر عدد المشاهدين أثناء البث عبر خادم وسائط يُبلغ عنه.
live-watchers-title = المشترون الذين شاهدوا
live-watchers-hint = تظهر هنا فقط أسماء المشترين الذين شاركوا بطاقة أعمالهم مع جناحك.
live-watchers-empty = لم يشاهد بعدُ أي مشترٍ شارك بطاقته.
live-watcher-unnamed = مشترٍ
live-watched-minutes = { $minutes ->
    [zero] شاهد أقل من دقيقة
    [one] شاهد دقيقة واحدة
    [two] شاهد دقيقتين
    [few] شاهد { $minutes } دقائق
    [many] شاهد { $minutes } دقيقة
   *[other] شاهد { $minutes } دقيقة
}
live-follow-up = متابعة
live-follow-up-named = متابعة { $name }
