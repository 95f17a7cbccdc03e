## Orders

orders-title = Bestellungen
orders-empty-title = Noch keine Bestellungen
orders-empty-body = Ihre Bestellungen erscheinen hier, mit Status und Sendungsverfolgung.
orders-browse = Katalog durchsuchen

## One order or a checkout's confirmation

order-title = Bestellung { $number }
order-confirmation-title = Bestellbestätigung
order-confirmation-body =
    { $count ->
        [one] Vielen Dank: Der Checkout { $checkout } hat { $count } Bestellung erzeugt. Jeder Lieferant bestätigt, versendet und berechnet seine eigene Bestellung:
       *[other] Vielen Dank: Der Checkout { $checkout } hat { $count } Bestellungen erzeugt, eine pro Lieferant. Jeder Lieferant bestätigt, versendet und berechnet seine eigene Bestellung:
    }
order-back = Alle Bestellungen
order-number = Bestellung
order-placed-on = Bestellt am { $date }
order-timeline = Status
order-expected-on = Erwartet am { $date }
order-step-pending = Noch nicht
order-shipment = Sendung
order-ships-from = Versand ab
order-ships-from-factory = Werk des Lieferanten
order-ships-from-warehouse = Überseelager in { $country }
order-method = Versandart
order-incoterm = Incoterm
order-tracking = Sendungsverfolgung
order-tracking-none = Eine Sendungsnummer erscheint hier, sobald die Ware versandt ist.
order-payment = Zahlung
order-payment-method = Zahlungsart
order-escrow = Handelsabsicherung (Treuhand)
order-po-number = Bestellnummer des Einkaufs
order-ship-to = Lieferadresse
order-lines = Produkte
order-goods-total = Warenwert
order-download-csv = CSV herunterladen
order-print = Drucken
order-download-failed = Die Datei konnte in diesem Browser nicht erstellt werden. Nutzen Sie stattdessen „Drucken“.

order-status-placed = Bestellt
order-status-confirmed = Bestätigt
order-status-in-production = In Produktion
order-status-shipped = Versandt
order-status-customs = Beim Zoll
order-status-delivered = Zugestellt

order-escrow-not-used = Nicht genutzt
order-escrow-awaiting-payment = Zahlung ausstehend
order-escrow-held = Zahlung einbehalten, bis Sie die Lieferung bestätigen
order-escrow-released = An den Lieferanten freigegeben

order-payment-card = Karte
order-payment-bank-transfer = Banküberweisung (T/T)
order-payment-letter-of-credit = Akkreditiv
order-payment-net-terms = Zahlbar in { $days } Tagen

order-method-sea = Seefracht
order-method-air = Luftfracht
order-method-express = Expresskurier
order-method-rail = Bahnfracht

## CSV columns (also the order table's headings)

order-csv-number = Bestellnummer
order-csv-checkout = Checkout
order-csv-placed = Bestellt
order-csv-supplier = Lieferant
order-csv-status = Status
order-csv-product-id = Produkt-ID
order-csv-product = Produkt
order-csv-quantity = Menge
order-csv-unit = Einheit
order-csv-unit-price = Stückpreis
order-csv-line-total = Positionssumme
order-csv-currency = Währung
order-csv-incoterm = Incoterm
order-csv-ships-from = Versand ab
order-csv-po-number = Einkaufs-Bestellnr.
order-csv-escrow = Treuhand
order-csv-tracking = Sendungsverfolgung
order-csv-total = Summe
