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
spec-dimensions = Dimensiones
spec-weight = Peso neto
spec-power = Potencia
spec-voltage = Tensión
spec-capacity = Capacidad
spec-ip-rating = Grado de protección (IP)
spec-color-temperature = Temperatura de color
spec-luminous-flux = Flujo luminoso
spec-warranty-months = Garantía (meses)
spec-material-code = Código de material
spec-fabric-weight = Gramaje de la tela
spec-width = Ancho
spec-thickness = Espesor
spec-battery = Batería
spec-max-load = Carga máxima
spec-speed = Velocidad
spec-pressure = Presión
spec-volume = Volumen
spec-hs-code = Código SA (HS)
spec-origin = País de origen
