//! The phrases of the scripted demo conversation, each in the six catalog locales
//! (order of [`crate::seed::LOCALES`]: en, zh-CN, es, de, ar, fr).

/// A phrase in every catalog locale.
pub(super) type Phrase = [&'static str; 6];

/// Demo buyers: display name and the locale they write in.
pub(super) const BUYERS: [(&str, &str); 6] = [
    ("Anna Becker", "de"),
    ("Carlos Mendes", "es"),
    ("Fatima Al-Mansouri", "ar"),
    ("Sophie Laurent", "fr"),
    ("Li Wei", "zh-CN"),
    ("James Carter", "en"),
];

/// What buyers say in the chat.
pub(super) const BUYER_LINES: [Phrase; 7] = [
    [
        "Good morning from Hamburg! The picture is very clear today.",
        "来自汉堡的早安！今天的画面非常清晰。",
        "¡Buenos días desde Hamburgo! Hoy la imagen se ve muy nítida.",
        "Guten Morgen aus Hamburg! Das Bild ist heute sehr klar.",
        "صباح الخير من هامبورغ! الصورة واضحة جدًا اليوم.",
        "Bonjour de Hambourg ! L'image est très nette aujourd'hui.",
    ],
    [
        "Is the stream recorded? A colleague joins later.",
        "直播会录像吗？我的同事稍后加入。",
        "¿Se graba la transmisión? Un colega se une más tarde.",
        "Wird der Stream aufgezeichnet? Ein Kollege kommt später dazu.",
        "هل يتم تسجيل البث؟ سينضم زميل لي لاحقًا.",
        "Le direct est-il enregistré ? Un collègue nous rejoint plus tard.",
    ],
    [
        "These samples look solid. Are they in stock right now?",
        "这些样品看起来很扎实。现在有现货吗？",
        "Estas muestras se ven sólidas. ¿Las tienen en stock ahora mismo?",
        "Die Muster sehen solide aus. Sind sie gerade auf Lager?",
        "تبدو هذه العينات متينة. هل هي متوفرة في المخزون الآن؟",
        "Ces échantillons ont l'air solides. Sont-ils en stock en ce moment ?",
    ],
    [
        "We ordered from you last year and delivery was on time. Thank you!",
        "我们去年向贵公司下过订单，交货很准时。谢谢！",
        "Les compramos el año pasado y la entrega fue puntual. ¡Gracias!",
        "Wir haben letztes Jahr bei Ihnen bestellt, die Lieferung kam pünktlich. Danke!",
        "طلبنا منكم العام الماضي وكان التسليم في موعده. شكرًا لكم!",
        "Nous avons commandé chez vous l'an dernier et la livraison était à l'heure. Merci !",
    ],
    [
        "Could you show the packaging once more, please?",
        "能再展示一下包装吗？",
        "¿Podrían mostrar el embalaje una vez más, por favor?",
        "Könnten Sie die Verpackung bitte noch einmal zeigen?",
        "هل يمكنكم عرض التغليف مرة أخرى من فضلكم؟",
        "Pourriez-vous montrer l'emballage encore une fois, s'il vous plaît ?",
    ],
    [
        "Can you hold the product a little closer to the camera?",
        "可以把产品再靠近镜头一点吗？",
        "¿Pueden acercar un poco más el producto a la cámara?",
        "Können Sie das Produkt etwas näher an die Kamera halten?",
        "هل يمكنكم تقريب المنتج من الكاميرا قليلًا؟",
        "Pouvez-vous approcher un peu le produit de la caméra ?",
    ],
    [
        "Thanks, that answers my question. We will send an RFQ today.",
        "谢谢，这解答了我的问题。我们今天会发送询价单。",
        "Gracias, eso responde mi pregunta. Hoy enviaremos una solicitud de cotización.",
        "Danke, das beantwortet meine Frage. Wir schicken heute eine Angebotsanfrage.",
        "شكرًا، هذا يجيب عن سؤالي. سنرسل طلب عرض سعر اليوم.",
        "Merci, cela répond à ma question. Nous enverrons une demande de devis aujourd'hui.",
    ],
];

/// What the exhibitor says between answers.
pub(super) const EXHIBITOR_LINES: [Phrase; 5] = [
    [
        "Welcome to our booth! Ask anything in the Q&A, we answer live.",
        "欢迎来到我们的展位！有任何问题请在问答区提问，我们现场解答。",
        "¡Bienvenidos a nuestro stand! Pregunten lo que quieran en la sección de preguntas; respondemos en directo.",
        "Willkommen an unserem Stand! Fragen Sie alles im Q&A, wir antworten live.",
        "مرحبًا بكم في جناحنا! اطرحوا أي سؤال في قسم الأسئلة وسنجيب مباشرة.",
        "Bienvenue sur notre stand ! Posez vos questions dans les Q&R, nous répondons en direct.",
    ],
    [
        "We just pinned one of our best sellers. Tier prices start at the MOQ shown.",
        "我们刚刚置顶了一款畅销产品。阶梯价格从所示的起订量开始。",
        "Acabamos de fijar uno de nuestros productos más vendidos. Los precios por volumen empiezan en el pedido mínimo indicado.",
        "Wir haben gerade einen unserer Bestseller angeheftet. Die Staffelpreise beginnen bei der angezeigten Mindestmenge.",
        "ثبّتنا للتو أحد أكثر منتجاتنا مبيعًا. تبدأ أسعار الشرائح من الحد الأدنى للطلب المعروض.",
        "Nous venons d'épingler l'une de nos meilleures ventes. Les prix dégressifs commencent à la quantité minimale indiquée.",
    ],
    [
        "Yes, the stream is recorded. The replay stays on this page.",
        "是的，直播会录像，回放会保留在此页面上。",
        "Sí, la transmisión se graba. La repetición queda en esta página.",
        "Ja, der Stream wird aufgezeichnet. Die Aufzeichnung bleibt auf dieser Seite.",
        "نعم، يتم تسجيل البث. ستبقى الإعادة متاحة على هذه الصفحة.",
        "Oui, le direct est enregistré. La rediffusion reste sur cette page.",
    ],
    [
        "Here is the packaging: a five-layer export carton with 20 units per carton.",
        "这是包装：五层出口纸箱，每箱20件。",
        "Este es el embalaje: caja de exportación de cinco capas con 20 unidades por caja.",
        "Hier die Verpackung: ein fünflagiger Exportkarton mit 20 Stück pro Karton.",
        "هذا هو التغليف: كرتونة تصدير من خمس طبقات تحتوي على 20 وحدة.",
        "Voici l'emballage : un carton d'export à cinq couches de 20 unités.",
    ],
    [
        "Next we show the new colour options. Stay with us!",
        "接下来我们展示新的颜色选项，敬请关注！",
        "A continuación mostramos las nuevas opciones de color. ¡No se vayan!",
        "Als Nächstes zeigen wir die neuen Farbvarianten. Bleiben Sie dran!",
        "سنعرض بعد قليل خيارات الألوان الجديدة. ابقوا معنا!",
        "Nous allons maintenant montrer les nouveaux coloris. Restez avec nous !",
    ],
];

/// Buyers' questions and the exhibitor's answers.
pub(super) const QUESTIONS: [(Phrase, Phrase); 5] = [
    (
        [
            "Do you ship DDP to Germany?",
            "你们可以按DDP条款发货到德国吗？",
            "¿Envían con DDP a Alemania?",
            "Liefern Sie DDP nach Deutschland?",
            "هل تشحنون إلى ألمانيا بشرط التسليم مع دفع الرسوم (DDP)؟",
            "Livrez-vous en DDP vers l'Allemagne ?",
        ],
        [
            "Yes, we ship DDP to every EU country; duties are included in the quote.",
            "是的，我们可按DDP发货到所有欧盟国家，报价已含关税。",
            "Sí, enviamos con DDP a todos los países de la UE; los aranceles están incluidos en la cotización.",
            "Ja, wir liefern DDP in alle EU-Länder; Zölle sind im Angebot enthalten.",
            "نعم، نشحن بشرط DDP إلى جميع دول الاتحاد الأوروبي، والرسوم الجمركية مشمولة في عرض السعر.",
            "Oui, nous livrons en DDP dans tous les pays de l'UE ; les droits sont inclus dans le devis.",
        ],
    ),
    (
        [
            "Can you print our logo on the product?",
            "可以在产品上印我们的标志吗？",
            "¿Pueden imprimir nuestro logotipo en el producto?",
            "Können Sie unser Logo auf das Produkt drucken?",
            "هل يمكنكم طباعة شعارنا على المنتج؟",
            "Pouvez-vous imprimer notre logo sur le produit ?",
        ],
        [
            "Yes, logo printing is free from 1,000 units.",
            "可以，1000件起免费印制标志。",
            "Sí, la impresión del logotipo es gratuita a partir de 1.000 unidades.",
            "Ja, der Logodruck ist ab 1.000 Stück kostenlos.",
            "نعم، طباعة الشعار مجانية ابتداءً من 1000 وحدة.",
            "Oui, l'impression du logo est gratuite à partir de 1 000 unités.",
        ],
    ),
    (
        [
            "What is the lead time for a 40-foot container?",
            "一个40英尺货柜的交货期是多久？",
            "¿Cuál es el plazo de entrega para un contenedor de 40 pies?",
            "Wie lang ist die Lieferzeit für einen 40-Fuß-Container?",
            "ما هي مدة التسليم لحاوية 40 قدمًا؟",
            "Quel est le délai pour un conteneur de 40 pieds ?",
        ],
        [
            "About 25 days from the deposit to shipment.",
            "从收到定金到出货大约25天。",
            "Unos 25 días desde el anticipo hasta el embarque.",
            "Etwa 25 Tage von der Anzahlung bis zur Verschiffung.",
            "حوالي 25 يومًا من دفع العربون حتى الشحن.",
            "Environ 25 jours entre l'acompte et l'expédition.",
        ],
    ),
    (
        [
            "Do you have CE and RoHS certificates?",
            "你们有CE和RoHS证书吗？",
            "¿Tienen certificados CE y RoHS?",
            "Haben Sie CE- und RoHS-Zertifikate?",
            "هل لديكم شهادات CE وRoHS؟",
            "Avez-vous les certificats CE et RoHS ?",
        ],
        [
            "Yes, both certificates are listed on each product page.",
            "有的，两种证书都列在每个产品页面上。",
            "Sí, ambos certificados figuran en la página de cada producto.",
            "Ja, beide Zertifikate stehen auf jeder Produktseite.",
            "نعم، الشهادتان مذكورتان في صفحة كل منتج.",
            "Oui, les deux certificats figurent sur chaque fiche produit.",
        ],
    ),
    (
        [
            "Do you accept payment by letter of credit?",
            "你们接受信用证付款吗？",
            "¿Aceptan pago con carta de crédito?",
            "Akzeptieren Sie Zahlung per Akkreditiv?",
            "هل تقبلون الدفع بخطاب اعتماد؟",
            "Acceptez-vous le paiement par lettre de crédit ?",
        ],
        [
            "Yes, we accept a letter of credit at sight for larger orders.",
            "接受，较大订单可使用即期信用证。",
            "Sí, aceptamos carta de crédito a la vista para pedidos grandes.",
            "Ja, für größere Bestellungen akzeptieren wir ein Sichtakkreditiv.",
            "نعم، نقبل خطاب اعتماد بالاطلاع للطلبات الكبيرة.",
            "Oui, nous acceptons une lettre de crédit à vue pour les commandes importantes.",
        ],
    ),
];
