## Orders

orders-title = Pedidos
orders-empty-title = Aún no hay pedidos
orders-empty-body = Los pedidos que realice aparecen aquí, con su estado y el seguimiento del envío.
orders-browse = Explorar el catálogo

## One order or a checkout's confirmation

order-title = Pedido { $number }
order-confirmation-title = Confirmación del pedido
order-confirmation-body =
    { $count ->
        [one] Gracias: la compra { $checkout } creó { $count } pedido. Cada proveedor confirma, envía y factura su propio pedido:
        [many] Gracias: la compra { $checkout } creó { $count } pedidos, uno por proveedor. Cada proveedor confirma, envía y factura su propio pedido:
       *[other] Gracias: la compra { $checkout } creó { $count } pedidos, uno por proveedor. Cada proveedor confirma, envía y factura su propio pedido:
    }
order-back = Todos los pedidos
order-number = Pedido
order-placed-on = Realizado el { $date }
order-timeline = Estado
order-expected-on = Previsto el { $date }
order-step-pending = Todavía no
order-shipment = Envío
order-ships-from = Sale de
order-ships-from-factory = La fábrica del proveedor
order-ships-from-warehouse = Almacén en el extranjero en { $country }
order-method = Modo de transporte
order-incoterm = Incoterm
order-tracking = Seguimiento
order-tracking-none = El número de seguimiento aparece aquí cuando la mercancía se envía.
order-payment = Pago
order-payment-method = Forma de pago
order-escrow = Garantía comercial (depósito en garantía)
order-po-number = Número de orden de compra
order-ship-to = Enviar a
order-lines = Productos
order-goods-total = Total de la mercancía
order-download-csv = Descargar CSV
order-print = Imprimir
order-download-failed = No se pudo crear el archivo en este navegador. Use «Imprimir» en su lugar.

order-status-placed = Realizado
order-status-confirmed = Confirmado
order-status-in-production = En producción
order-status-shipped = Enviado
order-status-customs = En aduana
order-status-delivered = Entregado

order-escrow-not-used = No utilizado
order-escrow-awaiting-payment = Pendiente de pago
order-escrow-held = Pago retenido hasta que confirme la entrega
order-escrow-released = Liberado al proveedor

order-payment-card = Tarjeta
order-payment-bank-transfer = Transferencia bancaria (T/T)
order-payment-letter-of-credit = Carta de crédito
order-payment-net-terms = A { $days } días

order-method-sea = Transporte marítimo
order-method-air = Transporte aéreo
order-method-express = Mensajería urgente
order-method-rail = Transporte ferroviario

## CSV columns (also the order table's headings)

order-csv-number = Número de pedido
order-csv-checkout = Compra
order-csv-placed = Fecha
order-csv-supplier = Proveedor
order-csv-status = Estado
order-csv-product-id = ID de producto
order-csv-product = Producto
order-csv-quantity = Cantidad
order-csv-unit = Unidad
order-csv-unit-price = Precio unitario
order-csv-line-total = Total de la línea
order-csv-currency = Moneda
order-csv-incoterm = Incoterm
order-csv-ships-from = Sale de
order-csv-po-number = Orden de compra
order-csv-escrow = Depósito en garantía
order-csv-tracking = Seguimiento
order-csv-total = Total
