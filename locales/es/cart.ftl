# The cart.

cart-title = Carrito
cart-empty-title = Su carrito está vacío
cart-empty-body = Busque productos en el catálogo y añádalos aquí. Su carrito se guarda en este dispositivo.
cart-migrated = Su carrito se guardó con una versión anterior de Tradefair y se ha actualizado.
cart-reset = No se pudo leer su carrito guardado, por lo que se ha vaciado. Disculpe las molestias.
cart-dropped =
    { $count ->
        [one] Una línea de su carrito guardado no se pudo leer y se eliminó.
        [many] { $count } líneas de su carrito guardado no se pudieron leer y se eliminaron.
       *[other] { $count } líneas de su carrito guardado no se pudieron leer y se eliminaron.
    }
cart-dismiss = Cerrar
cart-kept-locally =
    { $count ->
        [one] Su carrito ({ $count } línea) está a salvo en este dispositivo; los precios se mostrarán cuando responda el servidor.
        [many] Su carrito ({ $count } líneas) está a salvo en este dispositivo; los precios se mostrarán cuando responda el servidor.
       *[other] Su carrito ({ $count } líneas) está a salvo en este dispositivo; los precios se mostrarán cuando responda el servidor.
    }
cart-unavailable =
    { $count ->
        [one] Un producto de su carrito ya no está disponible.
        [many] { $count } productos de su carrito ya no están disponibles.
       *[other] { $count } productos de su carrito ya no están disponibles.
    }
cart-remove = Eliminar
cart-ships-separately = Este proveedor envía y factura por separado.
cart-supplier-subtotal = Subtotal del proveedor:
cart-summary = Resumen del carrito
cart-total = Total de la mercancía:
cart-total-note = Solo mercancía, sin flete, aranceles ni impuestos. Cada línea se convierte una sola vez a su moneda y después se suma.
cart-prices-checked = Precios comprobados con la lista de precios vigente del proveedor el { $time }.
cart-fix-lines = Debe cambiar algunas cantidades antes de tramitar el pedido: consulte los mensajes de arriba.
cart-quoted-price = Precio cotizado
cart-destination = País de destino
cart-destination-note = Se usa para las estimaciones de flete, aranceles e impuestos de abajo, y como país de su dirección de envío al finalizar la compra.
cart-proceed = Finalizar compra
