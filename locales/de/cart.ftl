# The cart.

cart-title = Warenkorb
cart-empty-title = Ihr Warenkorb ist leer
cart-empty-body = Suchen Sie Produkte im Katalog aus und fügen Sie sie hier hinzu. Ihr Warenkorb wird auf diesem Gerät gespeichert.
cart-migrated = Ihr Warenkorb wurde von einer älteren Version von Tradefair gespeichert und ist nun auf dem neuesten Stand.
cart-reset = Ihr gespeicherter Warenkorb konnte nicht gelesen werden und wurde daher geleert. Bitte entschuldigen Sie die Unannehmlichkeiten.
cart-dropped =
    { $count ->
        [one] Eine Position Ihres gespeicherten Warenkorbs war nicht lesbar und wurde entfernt.
       *[other] { $count } Positionen Ihres gespeicherten Warenkorbs waren nicht lesbar und wurden entfernt.
    }
cart-dismiss = Schließen
cart-kept-locally =
    { $count ->
        [one] Ihr Warenkorb ({ $count } Position) ist auf diesem Gerät sicher gespeichert; die Preise werden angezeigt, sobald der Server antwortet.
       *[other] Ihr Warenkorb ({ $count } Positionen) ist auf diesem Gerät sicher gespeichert; die Preise werden angezeigt, sobald der Server antwortet.
    }
cart-unavailable =
    { $count ->
        [one] Ein Produkt in Ihrem Warenkorb ist nicht mehr verfügbar.
       *[other] { $count } Produkte in Ihrem Warenkorb sind nicht mehr verfügbar.
    }
cart-remove = Entfernen
cart-ships-separately = Dieser Lieferant versendet und fakturiert separat.
cart-supplier-subtotal = Zwischensumme des Lieferanten:
cart-summary = Warenkorbübersicht
cart-total = Warenwert gesamt:
cart-total-note = Nur Warenwert, ohne Fracht, Zölle und Steuern. Jede Position wird einmal in Ihre Währung umgerechnet; anschließend werden die Positionen addiert.
cart-prices-checked = Preise am { $time } mit der aktuellen Preisliste des Lieferanten abgeglichen.
cart-fix-lines = Einige Mengen müssen vor dem Bestellabschluss geändert werden: Beachten Sie die Hinweise oben.
cart-quoted-price = Angebotspreis
cart-destination = Zielland
cart-destination-note = Für die Schätzungen von Fracht, Zoll und Steuern unten und als Land Ihrer Lieferadresse an der Kasse.
cart-proceed = Zur Kasse
