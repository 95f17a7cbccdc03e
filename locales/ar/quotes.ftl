## Quotes

quotes-title = طلبات عروض الأسعار
