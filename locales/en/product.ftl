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
spec-material = Material
spec-dimensions = Dimensions
spec-weight = Net weight
spec-color = Colour (RAL)
spec-warranty-months = Warranty (months)
spec-origin = Country of origin
spec-power = Power
spec-voltage = Voltage
spec-battery = Battery
spec-connectivity = Connectivity
spec-screen-size = Screen size
spec-resolution = Resolution
spec-storage = Storage
spec-length = Length
spec-width = Width
spec-thickness = Thickness
spec-diameter = Diameter
spec-capacity = Capacity
spec-luminous-flux = Luminous flux
spec-color-temperature = Colour temperature
spec-ip-rating = Ingress protection
spec-base = Lamp base
spec-working-area = Working area
spec-pressure = Pressure
spec-flow-rate = Flow rate
spec-press-force = Press force
spec-clamping-force = Clamping force
spec-output = Output
spec-frequency = Frequency
spec-speed = Speed
spec-fabric-weight = Fabric weight
spec-thread-count = Thread count
spec-size = Size
spec-neck-finish = Neck finish
spec-paper-weight = Paper weight
spec-pieces = Pieces per set
spec-load-capacity = Load capacity
spec-height-range = Height range
spec-seat-height = Seat height
spec-oe-number = OE number
spec-thread = Thread
spec-spf = Sun protection factor (SPF)
spec-persons = Persons
spec-water-column = Water column
spec-comfort-temperature = Comfort temperature
spec-drive = Drive
spec-torque = Torque
spec-strength-class = Strength class
spec-working-range = Working range
spec-tip-size = Tip size
spec-sheets = Sheets
spec-security-level = Security level
spec-sheet-capacity = Sheet capacity

# Ordering from the product page.
order-quantity = Quantity
order-not-a-number = Enter a whole number, for example 500.
order-below-moq = The minimum order is { $moq }.
order-raise-to = Raise to { $quantity }
order-not-multiple = This product is sold in multiples of { $multiple }.
order-round-to = Change to { $quantity }
order-line-total = Total for { $quantity }:
order-saving = You save { $amount } against the first price break.
order-next-break = Order { $quantity } or more to pay { $price } each.
order-add-to-cart = Add to cart
order-added = Added { $quantity } to your cart.
order-view-cart = View cart
order-in-cart = In your cart: { $quantity }
