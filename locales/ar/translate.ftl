# The translator workbench (/translate): edit messages, preview them in the app, export.

nav-translate = الترجمة
translate-title = منصة الترجمة
translate-heading = منصة الترجمة
translate-intro = ترجم التطبيق بجانب نصه الإنجليزي الأصلي. تُفحص مسوداتك أثناء الكتابة، وتُحفظ في هذا المتصفح، وتظهر فورًا في التطبيق. صدِّر الملف عند الانتهاء.
translate-target = اللغة الهدف
translate-show-in-app = عرض التطبيق باللغة { $language }
translate-showing-in-app = يُعرض التطبيق باللغة { $language }: افتح أي صفحة لترى مسوداتك.
translate-loading = جارٍ تحميل نصوص اللغة { $language }…
translate-load-failed = تعذّر تحميل ملفات نصوص اللغة { $language }.

# The pseudo-locale switch.
translate-pseudo = اللغة التجريبية
translate-pseudo-hint = تعرض نصوص التطبيق بحروف مُشكَّلة، أطول بنحو الثلث وبين [أقواس]. النص الذي لا أقواس حوله غير قابل للترجمة؛ والتخطيط الذي ينكسر هنا سينكسر في اللغات الطويلة أيضًا.
translate-pseudo-badge = تجريبي

translate-report-heading = تقرير اللغات
translate-report-caption = عدد النصوص لكل لغة، مع مسوداتك
translate-report-language = اللغة
translate-report-translated = مترجمة
translate-report-missing = ناقصة
translate-report-obsolete = متقادمة
translate-report-broken = بها أخطاء
translate-report-drafts = مسودات
translate-report-loading = جارٍ التحميل…
translate-report-failed = تعذّر التحميل
translate-report-note = { $count ->
        [zero] لا توجد نصوص في الإنجليزية، لغة المصدر. المتقادمة: موجودة في ترجمة ولم تعد في الإنجليزية.
        [one] في الإنجليزية، لغة المصدر، نص واحد. المتقادمة: موجودة في ترجمة ولم تعد في الإنجليزية.
        [two] في الإنجليزية، لغة المصدر، نصّان. المتقادمة: موجودة في ترجمة ولم تعد في الإنجليزية.
        [few] في الإنجليزية، لغة المصدر، { $count } نصوص. المتقادمة: موجودة في ترجمة ولم تعد في الإنجليزية.
        [many] في الإنجليزية، لغة المصدر، { $count } نصًّا. المتقادمة: موجودة في ترجمة ولم تعد في الإنجليزية.
       *[other] في الإنجليزية، لغة المصدر، { $count } نص. المتقادمة: موجودة في ترجمة ولم تعد في الإنجليزية.
    }

translate-filter-legend = عرض
translate-filter-all = الكل
translate-filter-missing = ناقصة
translate-filter-changed = تغيّرت في المصدر
translate-filter-errors = بها أخطاء
translate-filter-drafts = مُعدَّلة
translate-search-label = البحث في المفاتيح والنصوص
translate-search-placeholder = مثلًا catalog-heading أو السعر
translate-showing = { $total ->
        [zero] عرض { $shown } من { $total } نص
        [one] عرض { $shown } من نص واحد
        [two] عرض { $shown } من نصّين
        [few] عرض { $shown } من { $total } نصوص
        [many] عرض { $shown } من { $total } نصًّا
       *[other] عرض { $shown } من { $total } نص
    }
translate-empty-search = لا توجد نصوص تطابق «{ $query }».
translate-empty-filter = لا توجد نصوص في هذا العرض.
translate-clear-search = عرض كل النصوص

translate-area-app = إطار التطبيق: الترويسة والتذييل والأخطاء
translate-area-home = الصفحة الرئيسية
translate-area-catalog = الكتالوج
translate-area-product = صفحة المنتج
translate-area-supplier = صفحة المورّد
translate-area-cart = السلة والطلب
translate-area-translate = منصة الترجمة
translate-area-checkout = إتمام الطلب
translate-area-quotes = طلبات عروض الأسعار
translate-area-orders = الطلبات
translate-area-expo = المعرض الافتراضي
translate-area-chat = دردشة الجناح
translate-file-drafts = { $count ->
        [zero] لا مسودات
        [one] مسودة واحدة
        [two] مسودتان
        [few] { $count } مسودات
        [many] { $count } مسودة
       *[other] { $count } مسودة
    }

translate-export-file = تصدير { $file }
translate-export-all = تصدير الملفات المُعدَّلة
translate-export-none = لا مسودات بعد: عدّل نصًّا لتصدير ملفه.
translate-export-errors = { $count ->
        [zero] لا أخطاء في المسودات.
        [one] في مسودة واحدة أخطاء: يتضمنها الملف المُصدَّر كما كُتبت.
        [two] في مسودتين أخطاء: يتضمنهما الملف المُصدَّر كما كُتبتا.
        [few] في { $count } مسودات أخطاء: يتضمنها الملف المُصدَّر كما كُتبت.
        [many] في { $count } مسودة أخطاء: يتضمنها الملف المُصدَّر كما كُتبت.
       *[other] في { $count } مسودة أخطاء: يتضمنها الملف المُصدَّر كما كُتبت.
    }
translate-drafts-status = { $count ->
        [zero] لا مسودات.
        [one] مسودة واحدة محفوظة في هذا المتصفح.
        [two] مسودتان محفوظتان في هذا المتصفح.
        [few] { $count } مسودات محفوظة في هذا المتصفح.
        [many] { $count } مسودة محفوظة في هذا المتصفح.
       *[other] { $count } مسودة محفوظة في هذا المتصفح.
    }
translate-exported = نُزِّل { $files }.
translate-import = استيراد ملف…
translate-import-done = { $changed ->
        [zero] { $file }: لا نصوص مُعدَّلة.
        [one] { $file }: أصبح نص واحد مُعدَّل مسودة.
        [two] { $file }: أصبح نصّان مُعدَّلان مسودتين.
        [few] { $file }: أصبحت { $changed } نصوص مُعدَّلة مسودات.
        [many] { $file }: أصبح { $changed } نصًّا مُعدَّلًا مسودات.
       *[other] { $file }: أصبح { $changed } نص مُعدَّل مسودات.
    }
translate-import-unknown = { $count ->
        [zero] لم يُتخطَّ أي نص.
        [one] تُخطِّي نص واحد غير موجود في الإنجليزية.
        [two] تُخطِّي نصّان غير موجودين في الإنجليزية.
        [few] تُخطِّيت { $count } نصوص غير موجودة في الإنجليزية.
        [many] تُخطِّي { $count } نصًّا غير موجود في الإنجليزية.
       *[other] تُخطِّي { $count } نص غير موجود في الإنجليزية.
    }
translate-import-wrong-file = لا يطابق { $file } أي ملف نصوص في التطبيق.
translate-import-failed = تعذّرت قراءة الملف.
translate-discard-all = تجاهل كل المسودات
translate-discard-confirm = { $count ->
        [zero] لا مسودات للتجاهل
        [one] تجاهل مسودة واحدة؟ اضغط مرة أخرى
        [two] تجاهل مسودتين؟ اضغط مرة أخرى
        [few] تجاهل { $count } مسودات؟ اضغط مرة أخرى
        [many] تجاهل { $count } مسودة؟ اضغط مرة أخرى
       *[other] تجاهل { $count } مسودة؟ اضغط مرة أخرى
    }

translate-field-label = ترجمة { $id } ({ $language })
translate-source-label = الإنجليزية
translate-note = ملاحظة للمترجمين: { $note }
translate-status-missing = ناقصة
translate-status-draft = مسودة
translate-status-changed = تغيّرت الإنجليزية
translate-status-error = خطأ
translate-revert = العودة إلى نص الملف
translate-keep = الإبقاء على الترجمة
translate-saved = حُفظت المسودة
translate-reverted = مطابق للملف: لا مسودة
translate-preview-kept = يواصل التطبيق عرض آخر نسخة خالية من الأخطاء النحوية.
translate-plural-forms = صيغ الجمع في اللغة { $language }: { $categories }
translate-plural-none = لا صيغ جمع في اللغة { $language }: يكفي متغير واحد، [other].
translate-plural-insert = إدراج قالب الجمع

translate-syntax-error = خطأ نحوي في السطر { $line }، العمود { $column }: { $detail }
translate-go-to-error = الانتقال إلى الخطأ
translate-issue-no-default = يحتاج تعبير الاختيار إلى متغير افتراضي مُعلَّم بـ *، مثل *[other].
translate-issue-parser = { $detail }
translate-issue-variables-extra = يستخدم { $names } الذي لا تمرره الإنجليزية: سيعرض التطبيق النص الإنجليزي بدلًا منه.
translate-issue-variables-missing = لا يستخدم { $names } الموجود في الإنجليزية.
translate-issue-terms = يستخدم مصطلحات غير التي في الإنجليزية: { $names }.
translate-issue-messages = يشير إلى نصوص غير التي في الإنجليزية: { $names }.
translate-issue-plural-missing = ينقص صيغة الجمع على { $variable } الشكل [{ $category }] الذي تستخدمه اللغة { $language }.
translate-issue-plural-unknown = لا تستخدم اللغة { $language } صيغة الجمع [{ $category }] أبدًا.
translate-issue-much-longer = أطول بكثير من الإنجليزية ({ $target } حرفًا مقابل { $source }): تأكد من أنه يتسع.
translate-issue-attribute-missing = السمة .{ $name } غير مترجمة.
translate-issue-attribute-obsolete = لا توجد في الإنجليزية سمة .{ $name }.
translate-issue-value = القيمة والسمات لا تطابق الإنجليزية.
translate-issue-other = { $detail }
