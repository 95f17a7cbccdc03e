## Orders

orders-title = الطلبات
orders-empty-title = لا توجد طلبات شراء بعد
orders-empty-body = تظهر هنا طلبات الشراء التي تقدمها، مع حالتها وتتبع الشحنة.
orders-browse = تصفح الكتالوج

## One order or a checkout's confirmation

order-title = الطلب { $number }
order-confirmation-title = تأكيد الطلب
order-confirmation-body =
    { $count ->
        [one] شكرًا لك: أنشأت عملية الدفع { $checkout } طلبًا واحدًا. يؤكد كل مورد طلبه ويشحنه ويصدر فاتورته:
        [zero] شكرًا لك: أنشأت عملية الدفع { $checkout } عدد { $count } من الطلبات، طلبًا لكل مورد. يؤكد كل مورد طلبه ويشحنه ويصدر فاتورته:
        [two] شكرًا لك: أنشأت عملية الدفع { $checkout } عدد { $count } من الطلبات، طلبًا لكل مورد. يؤكد كل مورد طلبه ويشحنه ويصدر فاتورته:
        [few] شكرًا لك: أنشأت عملية الدفع { $checkout } عدد { $count } من الطلبات، طلبًا لكل مورد. يؤكد كل مورد طلبه ويشحنه ويصدر فاتورته:
        [many] شكرًا لك: أنشأت عملية الدفع { $checkout } عدد { $count } من الطلبات، طلبًا لكل مورد. يؤكد كل مورد طلبه ويشحنه ويصدر فاتورته:
       *[other] شكرًا لك: أنشأت عملية الدفع { $checkout } عدد { $count } من الطلبات، طلبًا لكل مورد. يؤكد كل مورد طلبه ويشحنه ويصدر فاتورته:
    }
order-back = كل الطلبات
order-number = الطلب
order-placed-on = قُدّم في { $date }
order-timeline = الحالة
order-expected-on = متوقع في { $date }
order-step-pending = لم يحدث بعد
order-shipment = الشحنة
order-ships-from = يُشحن من
order-ships-from-factory = مصنع المورد
order-ships-from-warehouse = مستودع خارجي في { $country }
order-method = طريقة الشحن
order-incoterm = شرط التسليم
order-tracking = التتبع
order-tracking-none = يظهر رقم التتبع هنا بعد شحن البضاعة.
order-payment = الدفع
order-payment-method = طريقة الدفع
order-escrow = ضمان التجارة (حساب الضمان)
order-po-number = رقم أمر الشراء
order-ship-to = الشحن إلى
order-lines = المنتجات
order-goods-total = إجمالي البضائع
order-download-csv = تنزيل CSV
order-print = طباعة
order-download-failed = تعذر إنشاء الملف في هذا المتصفح. استخدم «طباعة» بدلًا من ذلك.

order-status-placed = مُقدّم
order-status-confirmed = مؤكد
order-status-in-production = قيد الإنتاج
order-status-shipped = مشحون
order-status-customs = في الجمارك
order-status-delivered = تم التسليم

order-escrow-not-used = غير مستخدم
order-escrow-awaiting-payment = في انتظار الدفع
order-escrow-held = المبلغ محجوز حتى تؤكد الاستلام
order-escrow-released = صُرف للمورد

order-payment-card = بطاقة
order-payment-bank-transfer = تحويل بنكي (T/T)
order-payment-letter-of-credit = اعتماد مستندي
order-payment-net-terms = الدفع خلال { $days } يومًا

order-method-sea = شحن بحري
order-method-air = شحن جوي
order-method-express = بريد سريع
order-method-rail = شحن بالسكك الحديدية

## CSV columns (also the order table's headings)

order-csv-number = رقم الطلب
order-csv-checkout = عملية الدفع
order-csv-placed = تاريخ الطلب
order-csv-supplier = المورد
order-csv-status = الحالة
order-csv-product-id = رقم المنتج
order-csv-product = المنتج
order-csv-quantity = الكمية
order-csv-unit = الوحدة
order-csv-unit-price = سعر الوحدة
order-csv-line-total = إجمالي البند
order-csv-currency = العملة
order-csv-incoterm = شرط التسليم
order-csv-ships-from = يُشحن من
order-csv-po-number = أمر الشراء
order-csv-escrow = الضمان
order-csv-tracking = التتبع
order-csv-total = الإجمالي
