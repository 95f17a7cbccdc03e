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
spec-dimensions = Abmessungen
spec-weight = Nettogewicht
spec-power = Leistung
spec-voltage = Spannung
spec-capacity = Kapazität
spec-ip-rating = Schutzart (IP)
spec-color-temperature = Farbtemperatur
spec-luminous-flux = Lichtstrom
spec-warranty-months = Garantie (Monate)
spec-material-code = Materialnummer
spec-fabric-weight = Stoffgewicht
spec-width = Breite
spec-thickness = Dicke
spec-battery = Akku
spec-max-load = Maximale Belastung
spec-speed = Geschwindigkeit
spec-pressure = Druck
spec-volume = Volumen
spec-hs-code = HS-Code
spec-origin = Ursprungsland
