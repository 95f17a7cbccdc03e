# The catalog: search, filters, sort and results.

catalog-title = Katalog
catalog-heading = Großhandelskatalog
catalog-results =
    { $count ->
        [0] Keine Produkte
        [one] { $count } Produkt
       *[other] { $count } Produkte
    }
catalog-results-for = Ergebnisse für „{ $query }“
catalog-updating = Ergebnisse werden aktualisiert…
catalog-filters = Filter
catalog-show-filters = Filter anzeigen
catalog-clear-filters = Alle Filter zurücksetzen
catalog-active-filters = Aktive Filter
catalog-remove-filter = Filter entfernen: { $filter }
catalog-sort = Sortieren nach
sort-relevance = Beste Übereinstimmung
sort-price-asc = Preis: aufsteigend
sort-price-desc = Preis: absteigend
sort-moq-asc = Niedrigste Mindestbestellmenge
sort-lead-time-asc = Kürzeste Lieferzeit
sort-newest = Neueste zuerst

facet-category = Kategorie
facet-price = Stückpreis ({ $currency })
facet-price-min = Minimum
facet-price-max = Maximum
facet-price-apply = Preis übernehmen
facet-price-invalid = Geben Sie einen Betrag ein, z. B. { $example }.
facet-price-order = Das Minimum darf nicht höher als das Maximum sein.
facet-moq = Mindestbestellmenge
facet-moq-any = Beliebige Menge
facet-moq-up-to = Bis { $qty }
facet-certifications = Zertifizierungen
facet-country = Land des Lieferanten
facet-country-more = Alle Länder anzeigen
facet-country-less = Weniger Länder anzeigen
facet-lead-time = Lieferzeit
facet-lead-any = Beliebige Lieferzeit
facet-lead-within =
    { $days ->
        [one] Versand innerhalb von { $days } Tag
       *[other] Versand innerhalb von { $days } Tagen
    }
facet-overseas = Vorrätig in einem Auslandslager
facet-count =
    { $count ->
        [one] { $count } Produkt
       *[other] { $count } Produkte
    }

catalog-empty-title = Keine Produkte entsprechen Ihrer Suche
catalog-empty-body = Versuchen Sie es mit anderen Suchbegriffen oder entfernen Sie einige Filter.
catalog-empty-clear = Suche und Filter zurücksetzen
catalog-page-out-of-range = Diese Seite liegt hinter der letzten Ergebnisseite.
catalog-first-page = Zur ersten Seite

pager-label = Ergebnisseiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
pager-page = Seite { $page }
pager-status = Seite { $page } von { $pages }

card-moq = Mindestmenge: { $quantity }
card-lead-time =
    { $days ->
        [one] Versand in { $days } Tag
       *[other] Versand in { $days } Tagen
    }
card-overseas = Auslandslager
card-supplier-price = Lieferantenpreis: { $price }

category-electronics = Elektronik
category-lighting = Beleuchtung
category-machinery = Maschinen
category-textiles = Textilien
category-packaging = Verpackung
category-home-kitchen = Haus und Küche
category-furniture = Möbel
category-auto-parts = Autoteile
category-beauty-care = Schönheit und Körperpflege
category-sports-outdoor = Sport und Outdoor
category-tools-hardware = Werkzeuge und Eisenwaren
category-office = Bürobedarf

unit-piece =
    { $count ->
        [one] { $count } Stück
       *[other] { $count } Stück
    }
unit-set =
    { $count ->
        [one] { $count } Set
       *[other] { $count } Sets
    }
unit-pair =
    { $count ->
        [one] { $count } Paar
       *[other] { $count } Paar
    }
unit-meter =
    { $count ->
        [one] { $count } Meter
       *[other] { $count } Meter
    }
unit-kilogram =
    { $count ->
        [one] { $count } kg
       *[other] { $count } kg
    }
unit-roll =
    { $count ->
        [one] { $count } Rolle
       *[other] { $count } Rollen
    }
unit-box =
    { $count ->
        [one] { $count } Schachtel
       *[other] { $count } Schachteln
    }
per-unit-piece = pro Stück
per-unit-set = pro Set
per-unit-pair = pro Paar
per-unit-meter = pro Meter
per-unit-kilogram = pro kg
per-unit-roll = pro Rolle
per-unit-box = pro Schachtel
