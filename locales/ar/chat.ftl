## Chat

chat-title = دردشة الجناح
chat-tabs-label = قناة الجناح
chat-tab-chat = الدردشة ({ $count })
chat-tab-questions = الأسئلة ({ $count })
chat-tab-pinned = المنتجات ({ $count })
chat-status-connecting = جارٍ الاتصال…
chat-status-live = مباشر
chat-status-reconnecting = جارٍ إعادة الاتصال…
chat-new-messages =
    { $count ->
        [zero] لا رسائل جديدة في الدردشة
        [one] رسالة جديدة واحدة في الدردشة
        [two] رسالتان جديدتان في الدردشة
        [few] { $count } رسائل جديدة في الدردشة
        [many] { $count } رسالة جديدة في الدردشة
       *[other] { $count } رسالة جديدة في الدردشة
    }

## Messages

chat-messages-label = رسائل الدردشة
chat-empty-messages = لا توجد رسائل بعد. كن أول من يلقي التحية.
chat-exhibitor = العارض
chat-translated = مترجم آليًا.
chat-original = النص الأصلي.
chat-show-original = عرض الأصل
chat-show-translation = عرض الترجمة

## Writing

chat-name-label = اسمك
chat-message-label = الرسالة
chat-message-placeholder = اكتب إلى العارض والمشترين الآخرين
chat-question-label = سؤالك
chat-question-placeholder = اسأل عن الأسعار والعينات والشحن…
chat-send = إرسال
chat-ask = اسأل
chat-sending = جارٍ الإرسال…
chat-chars-left =
    { $count ->
        [zero] لم يتبقَّ أي حرف
        [one] يتبقى حرف واحد
        [two] يتبقى حرفان
        [few] يتبقى { $count } أحرف
        [many] يتبقى { $count } حرفًا
       *[other] يتبقى { $count } حرف
    }
chat-error-author-required = أدخل اسمك ليعرف العارض من يسأل.
chat-error-author-too-long = يمكن أن يتكون اسمك من { $max } حرفًا على الأكثر.
chat-error-text-required = اكتب شيئًا قبل الإرسال.
chat-error-text-too-long = اختصر نصك إلى { $max } حرفًا (يحتوي الآن على { $count }).
chat-error-invalid = احذف أحرف التحكم غير المرئية من النص.
chat-error-send = لم يُرسَل: { $reason } نصك محفوظ، حاول مرة أخرى.

## Questions

chat-questions-label = الأسئلة، الأكثر تأييدًا أولًا
chat-empty-questions = لا توجد أسئلة بعد. اسأل العارض عن أي شيء.
chat-votes =
    { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $count } أصوات
        [many] { $count } صوتًا
       *[other] { $count } صوت
    }
chat-upvote = تأييد
chat-upvoted = تم التأييد
chat-upvote-question = تأييد: { $question }
chat-upvoted-question = تم التأييد: { $question }
chat-upvote-error = لم يُحتسب صوتك: { $reason }
chat-asked-by = سأل { $author }
chat-answered = تمت الإجابة

## Pinned products

chat-pinned-label = منتجات ثبّتها العارض
chat-empty-pinned = لا توجد منتجات مثبّتة الآن. يثبّت العارض المنتجات أثناء عرضها.
chat-min-order = الحد الأدنى للطلب: { $quantity }
chat-add-to-cart = أضف إلى السلة
chat-add-to-cart-named = أضف إلى السلة: { $name }
chat-added = أُضيف { $quantity } إلى السلة.
