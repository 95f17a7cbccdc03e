## Quotes

quotes-title = Angebotsanfragen
quotes-intro = Fragen Sie Lieferanten nach einem Preis für Ihre Menge, vergleichen Sie die Angebote nebeneinander und nehmen Sie das beste an.
quotes-list-title = Ihre Anfragen
quotes-empty-title = Noch keine Anfragen
quotes-empty-body = Gesendete Anfragen erscheinen hier, mit den Angeboten der Lieferanten, sobald sie eintreffen.

## Links from the product page and the cart

rfq-link-product = Angebot anfragen
rfq-link-supplier = Angebot für diese Produkte anfragen
rfq-link-cart = Angebot für den ganzen Warenkorb anfragen

## The new-request form

rfq-form-title = Neue Angebotsanfrage
rfq-form-start = Beginnen Sie eine Anfrage auf einer Produktseite oder im Warenkorb: Produkte und Mengen werden für Sie eingetragen.
rfq-form-browse = Katalog durchsuchen
rfq-products = Produkte
rfq-quantity = Menge
rfq-moq = Mindestbestellmenge { $quantity }
rfq-remove-product = Aus der Anfrage entfernen
rfq-suppliers = Auch andere Lieferanten fragen
rfq-suppliers-note = Der Lieferant des Produkts wird immer gefragt. Wählen Sie weitere aus derselben Kategorie, um mehr Angebote zu vergleichen.
rfq-suppliers-none = Keine anderen Lieferanten in dieser Kategorie.
rfq-target-price = Zielpreis pro Einheit (optional)
rfq-target-currency = Währung des Zielpreises
rfq-target-price-hint = Der Preis pro Einheit, den Sie zahlen möchten, zum Beispiel 1,25. Lieferanten sehen ihn; lassen Sie das Feld leer, damit sie selbst anbieten.
rfq-destination = Zielland
rfq-destination-choose = Land wählen
rfq-incoterm = Incoterm
rfq-needed-by = Benötigt bis
rfq-message = Nachricht an den Lieferanten (optional)
rfq-attachments = Namen der Anhänge (optional)
rfq-attachments-hint = Ein Dateiname pro Zeile, zum Beispiel spec.pdf. Dateien werden nicht hochgeladen: Nur ihre Namen werden gesendet; die Dateien teilen Sie im Chat, sobald der Lieferant antwortet.
rfq-draft-kept = Ihre ungesendete Anfrage bleibt auf diesem Gerät gespeichert, Sie können also gehen und später weitermachen.
rfq-send = Anfrage senden
rfq-sending = Wird gesendet…
rfq-discard = Anfrage verwerfen
rfq-sent-notice =
    { $count ->
        [one] Anfrage an { $count } Lieferanten gesendet. Angebote erscheinen unten, sobald sie eintreffen.
       *[other] Anfrage an { $count } Lieferanten gesendet. Angebote erscheinen unten, sobald sie eintreffen.
    }

## Field errors

rfq-error-items = Fügen Sie der Anfrage mindestens ein Produkt hinzu.
rfq-error-items-unavailable = Ein Produkt dieser Anfrage konnte nicht geladen werden. Entfernen Sie es oder versuchen Sie es später erneut.
rfq-error-suppliers = Fragen Sie höchstens 10 Lieferanten in einer Anfrage.
rfq-error-quantity-required = Geben Sie eine Menge von mindestens 1 ein.
rfq-error-quantity = Geben Sie die Menge als ganze Zahl ein, zum Beispiel 500.
rfq-error-target-price = Geben Sie den Zielpreis als positiven Betrag mit höchstens so vielen Nachkommastellen wie die Währung ein, zum Beispiel 1,25, oder lassen Sie das Feld leer.
rfq-error-destination = Wählen Sie das Land, in das die Ware geht.
rfq-error-destination-invalid = Wählen Sie ein Land aus der Liste.
rfq-error-needed-by = Geben Sie das Datum ein, bis zu dem Sie die Ware benötigen.
rfq-error-needed-by-past = Das Datum darf nicht in der Vergangenheit liegen.
rfq-error-needed-by-invalid = Geben Sie ein Datum wie 2027-01-31 ein.
rfq-error-attachments = Nennen Sie höchstens 10 Dateinamen mit je bis zu 200 Zeichen.
rfq-error-too-long = Das ist zu lang: bitte weniger als 2.000 Zeichen.
rfq-error-required = Dieses Feld ist erforderlich.
rfq-error-invalid = Dieser Wert ist ungültig.

## An RFQ in the list

rfq-status-waiting = Warten auf Angebote
rfq-status-quoted =
    { $count ->
        [one] { $count } Angebot
       *[other] { $count } Angebote
    }
rfq-status-accepted = Angebot angenommen
rfq-status-declined = Keine Angebote
rfq-sent = Gesendet
rfq-attachments-listed = Genannte Anhänge:
rfq-waiting-label = Lieferanten, die geantwortet haben
rfq-waiting = Warten auf Angebote: { $answered } von { $asked } Lieferanten haben geantwortet. Diese Seite aktualisiert sich selbst.
rfq-none-quoted = Keiner der gefragten Lieferanten hatte ein passendes Produkt für ein Angebot.
rfq-some-declined =
    { $count ->
        [one] { $count } Lieferant hatte kein passendes Produkt und hat kein Angebot abgegeben.
       *[other] { $count } Lieferanten hatten kein passendes Produkt und haben kein Angebot abgegeben.
    }

## Comparison

quotes-compare-caption = Angebote im Vergleich in { $currency }
quotes-col-supplier = Lieferant
quotes-col-unit-price = Stückpreis
quotes-col-total = Gesamt
quotes-col-incoterm = Incoterm
quotes-col-lead-time = Lieferzeit
quotes-col-valid-until = Gültig bis
quotes-col-action = Aktion
quotes-quantity = Menge { $count }
quotes-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
quotes-best-price = Bester Preis
quotes-best-lead-time = Am schnellsten
quotes-best-expiry = Am längsten gültig
quotes-mixed-incoterms = Diese Angebote nutzen unterschiedliche Incoterms, ihre Preise enthalten also unterschiedliche Leistungen (Fracht, Versicherung, Zölle). Vergleichen Sie auch die Spalte Incoterm.
quotes-normalised = Preise zum heutigen Kurs in { $currency } umgerechnet; der eigene Preis des Lieferanten steht darunter, wenn er abweicht.
quotes-no-rate = Diese Angebote lassen sich nicht vergleichen: Ein Wechselkurs fehlt.
quotes-accept = Annehmen
quotes-accept-from = Angebot von { $supplier } annehmen
quotes-accepted = Angenommen
quotes-view-cart = Warenkorb ansehen
quotes-expired = Abgelaufen am { $date }: Dieses Angebot kann nicht mehr angenommen werden. Senden Sie eine neue Anfrage für einen aktuellen Preis.
quotes-added-to-cart = In den Warenkorb gelegt: { $quantity } zu je { $price }, dem Angebotspreis, gültig bis { $date }.
