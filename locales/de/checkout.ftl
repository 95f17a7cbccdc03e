## Checkout

checkout-title = Kasse
checkout-draft-reset = Ihre gespeicherten Angaben zur Bestellung konnten nicht gelesen werden; das Formular beginnt leer.
checkout-empty-title = Nichts zu bestellen
checkout-empty-body = Ihr Warenkorb ist leer. Fügen Sie zuerst Produkte aus dem Katalog hinzu.
checkout-cart-needs-fixing = Einige Positionen Ihres Warenkorbs müssen geändert werden (Menge oder Verfügbarkeit), bevor Sie bestellen können.
checkout-back-to-cart = Warenkorb prüfen
checkout-kept-locally = Ihr Warenkorb und alle Eingaben bleiben auf diesem Gerät gespeichert. Versuchen Sie es erneut, wenn der Server antwortet.
checkout-steps = Bestellschritte
checkout-step-count = Schritt { $current } von { $total }:
checkout-step-company = Unternehmen
checkout-step-shipping-address = Lieferadresse
checkout-step-billing-address = Rechnungsadresse
checkout-step-delivery = Versand je Lieferant
checkout-step-payment = Zahlung
checkout-step-review = Prüfen und bestellen
checkout-back = Zurück
checkout-continue = Weiter
checkout-summary = Bestellübersicht
checkout-suppliers =
    { $count ->
        [one] Von { $count } Lieferanten, separat versandt und berechnet.
       *[other] Von { $count } Lieferanten, jeweils separat versandt und berechnet.
    }

## Fields and their errors

checkout-choose-country = Land wählen
checkout-choose = Bitte wählen…
checkout-legal-name = Firmenname (laut Register)
checkout-company-country = Land der Registrierung
checkout-tax-id = USt-IdNr. / Steuernummer
checkout-tax-id-hint-country = Wählen Sie zuerst das Land der Registrierung: Das Format hängt davon ab.
checkout-tax-id-hint-free = Die Steuernummer Ihres Unternehmens.
checkout-tax-id-hint = Beispiel für das Format: { $example }
checkout-po-number = Bestellnummer (PO)
checkout-cost-centre = Kostenstelle (optional)
checkout-contact-email = Kontakt-E-Mail für diese Bestellung
checkout-error-required = Bitte füllen Sie dieses Feld aus.
checkout-error-invalid-format = Das sieht nicht richtig aus. Bitte prüfen Sie die Eingabe.
checkout-error-tax-id = Diese Nummer ist für dieses Land nicht gültig. Erwartetes Format, zum Beispiel: { $example }
checkout-error-too-long = Das ist zu lang. Bitte kürzen Sie die Eingabe.
checkout-error-not-offered = Diese Option ist hier nicht verfügbar. Bitte wählen Sie eine andere.
checkout-error-below-moq = Eine Menge liegt unter der Mindestbestellmenge des Lieferanten.
checkout-error-not-multiple = Eine Menge ist kein Vielfaches der Bestelleinheit des Lieferanten.
checkout-error-other = Bitte prüfen Sie dieses Feld.

address-country = Land
address-recipient = Empfänger oder Abteilung
address-line1 = Straße und Hausnummer
address-line2 = Gebäude, Etage, Einheit (optional)
address-city = Ort
address-region-state = Bundesstaat
address-region-province = Provinz
address-region-emirate = Emirat
address-region-prefecture = Präfektur
address-region-region = Region (optional)
address-postal-code = Postleitzahl
address-postal-hint = Zum Beispiel: { $example }
address-phone = Telefon für den Spediteur (optional)
checkout-billing-same = Rechnung an die Lieferadresse

## Payment

checkout-payment-method = Zahlungsart
checkout-pay-bank-transfer = Banküberweisung (T/T)
checkout-pay-bank-transfer-note = Die Bankverbindung jedes Lieferanten erhalten Sie mit der Bestellbestätigung.
checkout-pay-bank-transfer-unavailable = Banküberweisung ist für diese Bestellung nicht möglich.
checkout-pay-letter-of-credit = Akkreditiv
checkout-pay-letter-of-credit-note = Ihre Bank eröffnet ein Dokumentenakkreditiv zugunsten jedes Lieferanten.
checkout-pay-letter-of-credit-unavailable = Akkreditive sind für diese Bestellung nicht möglich.
checkout-pay-card = Karte
checkout-pay-card-note = Sie zahlen auf der sicheren Seite des Zahlungsanbieters; Tradefair sieht Ihre Kartennummer nie.
checkout-pay-card-unavailable = Mit diesem Shop ist kein Kartenzahlungsanbieter verbunden, daher sind Karten nicht möglich.
checkout-pay-net-terms = Zahlungsziel (später zahlen)
checkout-pay-net-terms-note = Zahlen Sie die Rechnung innerhalb der vereinbarten Tage.
checkout-pay-net-terms-unavailable = Nur für Käufer mit genehmigtem Kreditrahmen. Ihr Unternehmen hat noch keinen.
checkout-issuing-bank = Eröffnende Bank
checkout-net-days = Zahlbar innerhalb von
checkout-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
checkout-escrow = Handelsabsicherung nutzen (Treuhand)
checkout-escrow-note = Ihre Zahlung wird treuhänderisch verwahrt und erst an den Lieferanten freigegeben, wenn Sie die Lieferung bestätigen.
checkout-escrow-on = Handelsabsicherung: Zahlung treuhänderisch verwahrt, bis Sie die Lieferung bestätigen.
checkout-escrow-off = Ohne Handelsabsicherung.

## Review and placing

checkout-edit = Ändern
checkout-edit-label = { $section } ändern
checkout-line-quantity = × { $quantity }
checkout-supplier-subtotal = Zwischensumme des Lieferanten:
checkout-in-supplier-currency = ({ $amount } in der Währung des Lieferanten)
checkout-goods-total = Warenwert gesamt:
checkout-total-note = Nur Ware. Fracht, Zölle und Steuern hängen vom Incoterm jedes Lieferanten ab (siehe Schätzungen).
checkout-place-order = Zahlungspflichtig bestellen
checkout-placing = Bestellung wird aufgegeben…
checkout-see-orders = Zu Ihren Bestellungen
checkout-nothing-lost = Nichts geht verloren: Warenkorb und Angaben bleiben erhalten. Ein erneuter Versuch bestellt nie doppelt.
checkout-pending-note = Ein früherer Versuch hat uns möglicherweise schon erreicht. Erneut bestellen ist sicher: Es wird nicht doppelt bestellt.
checkout-price-changed-title = Preise geändert
checkout-old-total = Vorher:
checkout-new-total = Jetzt:
checkout-accept-prices = Neue Preise akzeptieren

## Landed-cost estimate

landed-title = Schätzung der Einstandskosten
landed-incoterm = Incoterm
landed-method = Versandart
method-sea = Seefracht
method-air = Luftfracht
method-express = Expresskurier
method-rail = Bahnfracht
landed-no-incoterm = Die Produkte dieses Lieferanten haben keinen gemeinsamen Incoterm: Bestellen Sie sie getrennt oder fragen Sie ein Angebot an.
landed-need-destination = Wählen Sie das Zielland, um Fracht, Zölle, Steuern und Lieferzeitraum zu sehen.
landed-unavailable = Diese Versandart bedient diese Strecke nicht. Bitte wählen Sie eine andere.
landed-error = Die Schätzung konnte nicht berechnet werden: Ein Wechselkurs fehlt.
landed-includes = Was der { $incoterm }-Preis enthält
landed-cost = Kosten
landed-amount = Schätzung
landed-who-pays = Bezahlt von
landed-goods = Ware (der Preis)
landed-in-price = Im Preis enthalten
landed-buyer-pays = Sie, zusätzlich
landed-cost-export-clearance = Ausfuhrabfertigung
landed-cost-main-freight = Hauptlauf-Fracht
landed-cost-insurance = Transportversicherung
landed-cost-import-duty = Einfuhrzoll ({ $rate } %)
landed-cost-import-vat = Einfuhrumsatzsteuer ({ $rate } %)
landed-cost-delivery-to-door = Zustellung bis zur Tür
landed-on-top = Sie zahlen zusätzlich zum Preis:
landed-total = Geschätzte Einstandskosten:
landed-delivery = Lieferzeitraum: { $min }–{ $max } Tage nach der Bestellung.
landed-rounding = Beträge in { $currency }. Jede Umrechnung und jeder Prozentsatz wird einmal auf die kleinste Einheit gerundet (kaufmännisch, ab 0,5 von null weg). Eine Schätzung, kein Angebot.
landed-basis-title = Wie geschätzt wird
landed-basis-illustrative-rates-2026 = Die Sätze sind eine beispielhafte Tabelle für 2026, kein Angebot.
landed-basis-cartons-from-packaging = Gewicht und Volumen aus den Kartondaten des Lieferanten (teilgefüllte Kartons zählen voll).
landed-basis-unit-weight-estimate = Für manche Produkte fehlen Kartondaten: Stückgewicht plus 10 % Verpackung, 200 kg je Kubikmeter.
landed-basis-sea-revenue-tonne = Seefracht je Frachttonne (1 m³ oder 1.000 kg, je nachdem, was mehr ist), mindestens eine.
landed-basis-air-volumetric-6000 = Luftfracht nach frachtpflichtigem Gewicht (6.000 cm³ je kg), aufgerundet auf 0,5 kg.
landed-basis-express-volumetric-5000 = Express nach frachtpflichtigem Gewicht (5.000 cm³ je kg), aufgerundet auf 0,5 kg.
landed-basis-rail-volumetric-2000 = Bahnfracht nach frachtpflichtigem Gewicht (1 m³ zählt als 500 kg), ganze Kilogramm.
landed-basis-insurance-on-goods-plus-freight = Die Versicherung beträgt 0,3 % von Warenwert plus Fracht.
landed-basis-duty-on-cif = Zoll wird auf den CIF-Wert erhoben (Ware, Fracht und Versicherung).
landed-basis-duty-on-goods-value = Zoll wird nur auf den Warenwert erhoben (Zollwert ohne Fracht).
landed-basis-mfn-average-by-category = Die Zollsätze sind durchschnittliche Meistbegünstigungssätze je Kategorie: ohne Präferenzen, Kontingente oder Schutzmaßnahmen.
landed-basis-import-vat-on-cif-plus-duty = Die Einfuhrumsatzsteuer wird auf den CIF-Wert plus Zoll erhoben.
landed-basis-import-vat-recoverable = Umsatzsteuerpflichtige Käufer können die Einfuhrumsatzsteuer meist als Vorsteuer abziehen.
landed-basis-intra-eu-reverse-charge = Innerhalb der EU: kein Zoll; die Umsatzsteuer schuldet der Käufer (Reverse-Charge).
landed-basis-domestic = Gleiches Land: keine Zollabfertigung.
landed-basis-converted-once = Beträge einmal in Ihre Währung umgerechnet, kaufmännisch gerundet.
landed-basis-window-is-lead-time-plus-transit = Der Lieferzeitraum ist die Produktionszeit plus Transport und Zollabfertigung.
