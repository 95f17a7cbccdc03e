# The product page.

product-gallery = Product images
product-image-alt = { $name }, image { $index } of { $total }
product-show-image = Show image { $index }
product-breadcrumb = Breadcrumb
product-price-tiers = Price by quantity
product-tier-quantity = Quantity
product-tier-from = { $quantity } or more
product-tier-range = { $from } – { $to }
product-tier-price = Unit price
product-tier-supplier-price = Supplier's price
product-tier-saving = Saving
product-tier-saving-value = −{ $percent }
product-rate-note = Converted at 1 { $from } = { $rate } { $to } (rates of { $date }), rounded to the nearest minor unit. The supplier invoices in { $from }.
product-moq = Minimum order
product-multiple = Order in multiples of { $quantity }
product-lead-time = Lead time
product-lead-time-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
product-incoterms = Incoterms offered
product-certifications = Certifications
product-no-certifications = None declared by the supplier
product-description = Description
product-specs = Specifications
product-packaging = Export packaging
packaging-per-carton = Units per carton
packaging-carton-size = Carton size
packaging-gross-weight = Gross weight per carton
packaging-none = The supplier has not given packaging details.
product-carbon = Carbon footprint
product-carbon-value = { $kg } kg CO₂e per unit (cradle to gate)
product-carbon-none = The supplier has not given a carbon footprint.
product-overseas = Overseas warehouses
product-overseas-row =
    { $quantity } in stock, dispatched within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
product-overseas-none = Ships from the factory only.
product-listed = Listed on { $date }
product-supplier = Supplier
product-more-from-supplier = More from this supplier

incoterm-EXW = EXW: Ex Works
incoterm-FOB = FOB: Free On Board
incoterm-CIF = CIF: Cost, Insurance and Freight
incoterm-DAP = DAP: Delivered At Place
incoterm-DDP = DDP: Delivered Duty Paid

spec-model = Model
spec-dimensions = Dimensions
spec-weight = Net weight
spec-power = Power
spec-voltage = Voltage
spec-capacity = Capacity
spec-ip-rating = Ingress protection
spec-color-temperature = Colour temperature
spec-luminous-flux = Luminous flux
spec-warranty-months = Warranty (months)
spec-material-code = Material code
spec-fabric-weight = Fabric weight
spec-width = Width
spec-thickness = Thickness
spec-battery = Battery
spec-max-load = Maximum load
spec-speed = Speed
spec-pressure = Pressure
spec-volume = Volume
spec-hs-code = HS code
spec-origin = Country of origin
