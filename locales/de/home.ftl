# The home page.

home-title = Tradefair: Großhandel von geprüften Lieferanten
home-hero-title = Beziehen Sie Großhandelsware von geprüften Herstellern
home-hero-body = Vergleichen Sie Staffelpreise und Mindestbestellmengen in Ihrer eigenen Währung – von { $suppliers } Lieferanten aus { $countries } Ländern.
home-browse-all =
    { $count ->
        [one] { $count } Produkt ansehen
       *[other] Alle { $count } Produkte ansehen
    }
home-categories = Nach Kategorie einkaufen
home-featured-suppliers = Ausgewählte Lieferanten
home-new-products = Neu von geprüften Lieferanten
home-stat-products = Produkte
home-stat-suppliers = Lieferanten
home-stat-countries = Länder
