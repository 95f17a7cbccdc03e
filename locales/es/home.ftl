# The home page.

home-title = Tradefair: compras al por mayor a proveedores verificados
home-hero-title = Adquiera productos al por mayor de fábricas verificadas
home-hero-body = Compare precios por volumen y pedidos mínimos en su propia moneda, de { $suppliers } proveedores en { $countries } países.
home-browse-all =
    { $count ->
        [one] Ver { $count } producto
        [many] Ver los { $count } productos
       *[other] Ver los { $count } productos
    }
home-categories = Comprar por categoría
home-featured-suppliers = Proveedores destacados
home-new-products = Novedades de proveedores verificados
home-stat-products = Productos
home-stat-suppliers = Proveedores
home-stat-countries = Países
