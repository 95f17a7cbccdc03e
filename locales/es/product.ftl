# The product page.

product-gallery = Imágenes del producto
product-image-alt = { $name }, imagen { $index } de { $total }
product-show-image = Mostrar imagen { $index }
product-breadcrumb = Ruta de navegación
product-price-tiers = Precio por cantidad
product-tier-quantity = Cantidad
product-tier-from = { $quantity } o más
product-tier-range = { $from } – { $to }
product-tier-price = Precio unitario
product-tier-supplier-price = Precio del proveedor
product-tier-saving = Ahorro
product-tier-saving-value = −{ $percent }
product-rate-note = Convertido a 1 { $from } = { $rate } { $to } (tipos de cambio del { $date }), redondeado a la unidad monetaria mínima. El proveedor factura en { $from }.
product-moq = Pedido mínimo
product-multiple = Pedidos en múltiplos de { $quantity }
product-lead-time = Plazo de entrega
product-lead-time-days =
    { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
product-incoterms = Incoterms ofrecidos
product-certifications = Certificaciones
product-no-certifications = El proveedor no ha declarado ninguna
product-description = Descripción
product-specs = Especificaciones
product-packaging = Embalaje de exportación
packaging-per-carton = Unidades por caja máster
packaging-carton-size = Medidas de la caja máster
packaging-gross-weight = Peso bruto por caja máster
packaging-none = El proveedor no ha facilitado datos del embalaje.
product-carbon = Huella de carbono
product-carbon-value = { $kg } kg CO₂e por unidad (de la cuna a la puerta)
product-carbon-none = El proveedor no ha facilitado la huella de carbono.
product-overseas = Almacenes en el extranjero
product-overseas-row =
    { $quantity } en stock, despacho en un plazo de { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
product-overseas-none = Solo se envía desde la fábrica.
product-listed = Publicado el { $date }
product-supplier = Proveedor
product-more-from-supplier = Más de este proveedor

incoterm-EXW = EXW: En fábrica
incoterm-FOB = FOB: Franco a bordo
incoterm-CIF = CIF: Coste, seguro y flete
incoterm-DAP = DAP: Entregada en lugar
incoterm-DDP = DDP: Entregada derechos pagados

spec-model = Modelo
spec-material = Material
spec-dimensions = Dimensiones
spec-weight = Peso neto
spec-color = Color (RAL)
spec-warranty-months = Garantía (meses)
spec-origin = País de origen
spec-power = Potencia
spec-voltage = Tensión
spec-battery = Batería
spec-connectivity = Conectividad
spec-screen-size = Tamaño de pantalla
spec-resolution = Resolución
spec-storage = Almacenamiento
spec-length = Longitud
spec-width = Ancho
spec-thickness = Espesor
spec-diameter = Diámetro
spec-capacity = Capacidad
spec-luminous-flux = Flujo luminoso
spec-color-temperature = Temperatura de color
spec-ip-rating = Grado de protección (IP)
spec-base = Casquillo
spec-working-area = Área de trabajo
spec-pressure = Presión
spec-flow-rate = Caudal
spec-press-force = Fuerza de prensado
spec-clamping-force = Fuerza de cierre
spec-output = Potencia de salida
spec-frequency = Frecuencia
spec-speed = Velocidad
spec-fabric-weight = Gramaje de la tela
spec-thread-count = Número de hilos
spec-size = Tamaño
spec-neck-finish = Tipo de boca
spec-paper-weight = Gramaje del papel
spec-pieces = Piezas por juego
spec-load-capacity = Capacidad de carga
spec-height-range = Rango de altura
spec-seat-height = Altura del asiento
spec-oe-number = Número OE
spec-thread = Rosca
spec-spf = Factor de protección solar (FPS)
spec-persons = Personas
spec-water-column = Columna de agua
spec-comfort-temperature = Temperatura de confort
spec-drive = Cuadrado de arrastre
spec-torque = Par de torsión
spec-strength-class = Clase de resistencia
spec-working-range = Alcance
spec-tip-size = Grosor de la punta
spec-sheets = Número de hojas
spec-security-level = Nivel de seguridad
spec-sheet-capacity = Capacidad de hojas

# Ordering from the product page.
order-quantity = Cantidad
order-not-a-number = Indique un número entero, por ejemplo, 500.
order-below-moq = El pedido mínimo es de { $moq }.
order-raise-to = Aumentar a { $quantity }
order-not-multiple = Este producto se vende en múltiplos de { $multiple }.
order-round-to = Cambiar a { $quantity }
order-line-total = Total para { $quantity }:
order-saving = Ahorra { $amount } respecto al primer tramo de precios.
order-next-break = Pida { $quantity } o más para pagar { $price } por unidad.
order-add-to-cart = Añadir al carrito
order-added = Ha añadido { $quantity } a su carrito.
order-view-cart = Ver carrito
order-in-cart = En su carrito: { $quantity }
