# The frame of the app: header, footer, shared states and errors.

app-name = Tradefair
app-tagline = تجارة الجملة مع موردين موثَّقين من حول العالم
# Shown by index.html before the app runs (scripts/harden.mjs copies it in at build time).
boot-failed = تعذّر تشغيل Tradefair: وصل أحد الملفات تالفًا أو غير مكتمل. أعد تحميل الصفحة للمحاولة مرة أخرى.
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-catalog = الكتالوج
nav-expo = المعرض
nav-quotes = عروض الأسعار
nav-orders = الطلبات

header-search-label = البحث عن المنتجات
header-search-placeholder = ابحث عن منتجات، مثل: لوحة LED
header-search-submit = بحث
header-language = اللغة
header-currency = العملة
header-cart =
    { $count ->
        [0] السلة فارغة
        [zero] السلة فارغة
        [one] السلة: { $count } بند
        [two] السلة: { $count } بند
        [few] السلة: { $count } بنود
        [many] السلة: { $count } بندًا
       *[other] السلة: { $count } بند
    }

# Language names are written in their own language, so a buyer finds theirs.
lang-en = English
lang-zh-CN = 简体中文
lang-es = Español
lang-de = Deutsch
lang-ar = العربية
lang-fr = Français

footer-demo = بيانات تجريبية يُنشئها متصفحك: لا حاجة إلى خادم.
footer-http = بيانات مباشرة من { $server }.
footer-rates = أسعار الصرف بتاريخ { $date }.
footer-rounding = تُقرَّب الأسعار المحوَّلة إلى أقرب وحدة صغرى في عملة العرض (ويُقرَّب النصف بعيدًا عن الصفر).

loading = جارٍ التحميل…
loading-locale = جارٍ تحميل { $language }…
error-title = حدث خطأ ما
error-retry = إعادة المحاولة
error-network = تعذّر الاتصال بالخادم. تحقّق من اتصالك بالإنترنت، ثم أعد المحاولة.
error-timeout = استغرق الخادم وقتًا طويلًا في الرد. يُرجى إعادة المحاولة.
error-not-found = تعذّر العثور على ما تبحث عنه.
error-http = تعذّر على الخادم الرد (الخطأ { $status }).
error-malformed = أرسل الخادم ردًّا تعذّرت قراءته.
error-too-large = أرسل الخادم بيانات أكثر بكثير من المتوقع، لذلك لم يتم تحميلها. يُرجى المحاولة مرة أخرى لاحقًا.
error-panic = حدث خطأ وتوقفت هذه الصفحة عن العمل. سلة التسوق والمسودات محفوظة في هذا المتصفح.
error-panic-reload = إعادة تحميل الصفحة
error-config = التطبيق غير مُعَدّ بشكل صحيح: تعذّرت قراءة إعداداته.
error-server-says = رسالة الخادم: { $message }
error-locale = تعذّر تحميل هذه اللغة. ستبقى الصفحة باللغة الحالية.
offline-note = أنت غير متصل بالإنترنت. لا تزال الصفحات التي زرتها من قبل تفتح؛ وتُحفظ تغييرات سلة التسوق وتُرسل عند عودة الاتصال.
error-validation = بعض البيانات تحتاج إلى تصحيح. يُرجى مراجعة الحقول المُعلَّمة.
error-conflict = استُخدمت عملية الدفع هذه بالفعل لطلب مختلف. يُرجى مراجعة سلة التسوق، ثم بدء الدفع من جديد.
error-price-changed = تغيّرت الأسعار أو التوفّر منذ آخر تحقق. يُرجى مراجعة الأسعار الجديدة قبل التأكيد: لم يُنفَّذ أي طلب.
error-quote-expired = انتهت صلاحية عرض السعر هذا. يُرجى طلب عرض جديد من المورّد.

not-found-title = الصفحة غير موجودة
not-found-body = لا توجد صفحة على العنوان { $path }. ربما كُتب الرابط بشكل خاطئ، أو نُقلت الصفحة.
not-found-home = الانتقال إلى الصفحة الرئيسية
not-found-catalog = تصفّح الكتالوج

fallback-english = النص الإنجليزي الأصلي: لم يُترجَم بعد
verified = موثَّق
error-unauthenticated = لم تسجّل الدخول، أو انتهت جلستك. سجّل الدخول مرة أخرى: لن يضيع شيء مما أدخلته.
error-forbidden = لا يمكن لهذا الحساب القيام بذلك. سجّل الدخول بصفتك العارض في هذا الجناح.
nav-sign-in = تسجيل الدخول
nav-exhibitor = لوحة العارض
nav-sign-out = تسجيل الخروج
