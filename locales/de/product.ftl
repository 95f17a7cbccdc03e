# The product page.

product-gallery = Produktbilder
product-image-alt = { $name }, Bild { $index } von { $total }
product-show-image = Bild { $index } anzeigen
product-breadcrumb = Navigationspfad
product-price-tiers = Staffelpreise
product-tier-quantity = Menge
product-tier-from = ab { $quantity }
product-tier-range = { $from } – { $to }
product-tier-price = Stückpreis
product-tier-supplier-price = Preis des Lieferanten
product-tier-saving = Ersparnis
product-tier-saving-value = −{ $percent }
product-rate-note = Umgerechnet zum Kurs 1 { $from } = { $rate } { $to } (Kurse vom { $date }), auf die kleinste Währungseinheit gerundet. Der Lieferant stellt in { $from } in Rechnung.
product-moq = Mindestbestellmenge
product-multiple = Bestellung in Vielfachen von { $quantity }
product-lead-time = Lieferzeit
product-lead-time-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
product-incoterms = Angebotene Incoterms
product-certifications = Zertifizierungen
product-no-certifications = Keine vom Lieferanten angegeben
product-description = Beschreibung
product-specs = Technische Daten
product-packaging = Exportverpackung
packaging-per-carton = Einheiten pro Karton
packaging-carton-size = Kartonmaße
packaging-gross-weight = Bruttogewicht pro Karton
packaging-none = Der Lieferant hat keine Angaben zur Verpackung gemacht.
product-carbon = CO₂-Fußabdruck
product-carbon-value = { $kg } kg CO₂e pro Einheit (Cradle-to-Gate)
product-carbon-none = Der Lieferant hat keinen CO₂-Fußabdruck angegeben.
product-overseas = Auslandslager
product-overseas-row =
    { $quantity } auf Lager, Versand innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
product-overseas-none = Versand nur ab Werk.
product-listed = Eingestellt am { $date }
product-supplier = Lieferant
product-more-from-supplier = Mehr von diesem Lieferanten

incoterm-EXW = EXW: Ab Werk
incoterm-FOB = FOB: Frei an Bord
incoterm-CIF = CIF: Kosten, Versicherung und Fracht
incoterm-DAP = DAP: Geliefert benannter Ort
incoterm-DDP = DDP: Geliefert verzollt

spec-model = Modell
spec-material = Material
spec-dimensions = Abmessungen
spec-weight = Nettogewicht
spec-color = Farbe (RAL)
spec-warranty-months = Garantie (Monate)
spec-origin = Ursprungsland
spec-power = Leistung
spec-voltage = Spannung
spec-battery = Akku
spec-connectivity = Konnektivität
spec-screen-size = Bildschirmgröße
spec-resolution = Auflösung
spec-storage = Speicher
spec-length = Länge
spec-width = Breite
spec-thickness = Dicke
spec-diameter = Durchmesser
spec-capacity = Kapazität
spec-luminous-flux = Lichtstrom
spec-color-temperature = Farbtemperatur
spec-ip-rating = Schutzart (IP)
spec-base = Sockel
spec-working-area = Arbeitsbereich
spec-pressure = Druck
spec-flow-rate = Durchfluss
spec-press-force = Presskraft
spec-clamping-force = Schließkraft
spec-output = Ausgangsleistung
spec-frequency = Frequenz
spec-speed = Drehzahl
spec-fabric-weight = Stoffgewicht
spec-thread-count = Fadendichte
spec-size = Größe
spec-neck-finish = Mündung
spec-paper-weight = Grammatur
spec-pieces = Teile pro Set
spec-load-capacity = Tragfähigkeit
spec-height-range = Höhenbereich
spec-seat-height = Sitzhöhe
spec-oe-number = OE-Nummer
spec-thread = Gewinde
spec-spf = Lichtschutzfaktor (LSF)
spec-persons = Personen
spec-water-column = Wassersäule
spec-comfort-temperature = Komforttemperatur
spec-drive = Antrieb
spec-torque = Drehmoment
spec-strength-class = Festigkeitsklasse
spec-working-range = Reichweite
spec-tip-size = Spitzenstärke
spec-sheets = Blattanzahl
spec-security-level = Sicherheitsstufe
spec-sheet-capacity = Blattkapazität

# Ordering from the product page.
order-quantity = Menge
order-not-a-number = Geben Sie eine ganze Zahl ein, z. B. 500.
order-below-moq = Die Mindestbestellmenge beträgt { $moq }.
order-raise-to = Auf { $quantity } erhöhen
order-not-multiple = Dieses Produkt wird in Vielfachen von { $multiple } verkauft.
order-round-to = Auf { $quantity } ändern
order-line-total = Gesamtpreis für { $quantity }:
order-saving = Sie sparen { $amount } gegenüber der ersten Preisstaffel.
order-next-break = Bestellen Sie { $quantity } oder mehr, um { $price } pro Einheit zu zahlen.
order-add-to-cart = In den Warenkorb
order-added = { $quantity } zu Ihrem Warenkorb hinzugefügt.
order-view-cart = Warenkorb anzeigen
order-in-cart = In Ihrem Warenkorb: { $quantity }
