# The supplier page and supplier cards.

supplier-location = { $city }, { $country }
supplier-verified-by = Verificado por { $company }
supplier-verified-dates = Comprobado el { $date }, válido hasta el { $until }
supplier-not-verified = Aún no verificado por una empresa de inspección
supplier-scope = Alcance de la verificación
scope-business-licence = Licencia comercial
scope-factory-audit = Auditoría de fábrica
scope-export-licence = Licencia de exportación
scope-quality-system = Sistema de gestión de la calidad
supplier-years =
    { $years ->
        [one] { $years } año de actividad
        [many] { $years } años de actividad
       *[other] { $years } años de actividad
    }
supplier-response-rate = Tasa de respuesta
supplier-response-time = Tiempo de respuesta habitual
supplier-response-hours =
    { $hours ->
        [one] en un plazo de { $hours } hora
        [many] en un plazo de { $hours } horas
       *[other] en un plazo de { $hours } horas
    }
supplier-employees = Empleados
supplier-transactions = Historial de transacciones (últimos 12 meses)
supplier-orders = Pedidos
supplier-volume = Valor de los pedidos
supplier-on-time = Entregas a tiempo
supplier-rating = Valoración de los compradores
supplier-rating-value =
    { $rating } de 5 ({ $reviews ->
        [one] { $reviews } opinión
        [many] { $reviews } opiniones
       *[other] { $reviews } opiniones
    })
supplier-main-markets = Mercados principales
supplier-currency = Factura en
supplier-about = Acerca de la empresa
supplier-products =
    { $count ->
        [one] { $count } producto
        [many] { $count } productos
       *[other] { $count } productos
    }
supplier-all-products = Ver todos los productos en el catálogo
supplier-visit = Ver proveedor
supplier-facts = Datos de la empresa
