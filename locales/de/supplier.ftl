# The supplier page and supplier cards.

supplier-location = { $city }, { $country }
supplier-verified-by = Geprüft von { $company }
supplier-verified-dates = Geprüft am { $date }, gültig bis { $until }
supplier-not-verified = Noch nicht von einer Prüfgesellschaft geprüft
supplier-scope = Prüfumfang
scope-business-licence = Gewerbelizenz
scope-factory-audit = Werksaudit
scope-export-licence = Exportlizenz
scope-quality-system = Qualitätsmanagementsystem
supplier-years =
    { $years ->
        [one] { $years } Jahr am Markt
       *[other] { $years } Jahre am Markt
    }
supplier-response-rate = Antwortquote
supplier-response-time = Übliche Antwortzeit
supplier-response-hours =
    { $hours ->
        [one] innerhalb von { $hours } Stunde
       *[other] innerhalb von { $hours } Stunden
    }
supplier-employees = Beschäftigte
supplier-transactions = Transaktionen (letzte 12 Monate)
supplier-orders = Bestellungen
supplier-volume = Bestellwert
supplier-on-time = Pünktlich geliefert
supplier-rating = Käuferbewertung
supplier-rating-value =
    { $rating } von 5 ({ $reviews ->
        [one] { $reviews } Bewertung
       *[other] { $reviews } Bewertungen
    })
supplier-main-markets = Hauptmärkte
supplier-currency = Rechnungswährung
supplier-about = Über das Unternehmen
supplier-products =
    { $count ->
        [one] { $count } Produkt
       *[other] { $count } Produkte
    }
supplier-all-products = Alle Produkte im Katalog ansehen
supplier-visit = Lieferant ansehen
supplier-facts = Unternehmensdaten
