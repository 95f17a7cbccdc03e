## Quotes

quotes-title = Solicitudes de cotización
quotes-intro = Pida a los proveedores un precio para su cantidad, compare sus cotizaciones lado a lado y acepte la mejor.
quotes-list-title = Sus solicitudes
quotes-empty-title = Aún no hay solicitudes
quotes-empty-body = Las solicitudes que envíe aparecen aquí, con las cotizaciones de los proveedores a medida que llegan.

## Links from the product page and the cart

rfq-link-product = Solicitar cotización
rfq-link-supplier = Solicitar cotización de estos productos
rfq-link-cart = Solicitar cotización de todo el carrito

## The new-request form

rfq-form-title = Nueva solicitud de cotización
rfq-form-start = Empiece una solicitud desde la página de un producto o desde su carrito: los productos y cantidades se rellenan por usted.
rfq-form-browse = Explorar el catálogo
rfq-products = Productos
rfq-quantity = Cantidad
rfq-moq = pedido mínimo { $quantity }
rfq-remove-product = Quitar de la solicitud
rfq-suppliers = Preguntar también a otros proveedores
rfq-suppliers-note = Siempre se pregunta al proveedor del producto. Marque otros de la misma categoría para comparar más ofertas.
rfq-suppliers-none = No hay otros proveedores en esta categoría.
rfq-target-price = Precio unitario objetivo (opcional)
rfq-target-currency = Moneda del precio objetivo
rfq-target-price-hint = El precio por unidad que espera pagar, por ejemplo 1,25. Los proveedores lo ven; déjelo vacío para que ellos ofrezcan.
rfq-destination = País de destino
rfq-destination-choose = Elija un país
rfq-incoterm = Incoterm
rfq-needed-by = Necesario para
rfq-message = Mensaje al proveedor (opcional)
rfq-attachments = Nombres de los adjuntos (opcional)
rfq-attachments-hint = Un nombre de archivo por línea, por ejemplo spec.pdf. Los archivos no se suben: solo se envían sus nombres, y usted comparte los archivos con el proveedor en el chat cuando responda.
rfq-draft-kept = Su solicitud sin enviar se guarda en este dispositivo, así que puede irse y volver.
rfq-send = Enviar solicitud
rfq-sending = Enviando…
rfq-discard = Descartar solicitud
rfq-sent-notice =
    { $count ->
        [one] Solicitud enviada a { $count } proveedor. Las cotizaciones aparecen abajo a medida que llegan.
        [many] Solicitud enviada a { $count } proveedores. Las cotizaciones aparecen abajo a medida que llegan.
       *[other] Solicitud enviada a { $count } proveedores. Las cotizaciones aparecen abajo a medida que llegan.
    }

## Field errors

rfq-error-items = Añada al menos un producto a la solicitud.
rfq-error-items-unavailable = No se pudo cargar un producto de esta solicitud. Quítelo o inténtelo más tarde.
rfq-error-suppliers = Pregunte como máximo a 10 proveedores en una solicitud.
rfq-error-quantity-required = Indique una cantidad de al menos 1.
rfq-error-quantity = Indique la cantidad como número entero, por ejemplo 500.
rfq-error-target-price = Indique el precio objetivo como un importe positivo con los decimales de la moneda como máximo, por ejemplo 1,25, o déjelo vacío.
rfq-error-destination = Elija el país al que va la mercancía.
rfq-error-destination-invalid = Elija un país de la lista.
rfq-error-needed-by = Indique la fecha en que necesita la mercancía.
rfq-error-needed-by-past = La fecha no puede estar en el pasado.
rfq-error-needed-by-invalid = Indique una fecha como 2027-01-31.
rfq-error-attachments = Indique como máximo 10 nombres de archivo de hasta 200 caracteres cada uno.
rfq-error-too-long = Es demasiado largo: no supere los 2000 caracteres.
rfq-error-required = Este campo es obligatorio.
rfq-error-invalid = Este valor no es válido.

## An RFQ in the list

rfq-status-waiting = Esperando cotizaciones
rfq-status-quoted =
    { $count ->
        [one] { $count } cotización
        [many] { $count } cotizaciones
       *[other] { $count } cotizaciones
    }
rfq-status-accepted = Cotización aceptada
rfq-status-declined = Sin cotizaciones
rfq-sent = Enviada
rfq-attachments-listed = Adjuntos indicados:
rfq-waiting-label = Proveedores que han respondido
rfq-waiting = Esperando cotizaciones: { $answered } de { $asked } proveedores han respondido. Esta página se actualiza sola.
rfq-none-quoted = Ninguno de los proveedores consultados tenía un producto equivalente que cotizar.
rfq-some-declined =
    { $count ->
        [one] { $count } proveedor no tenía un producto equivalente y no cotizó.
        [many] { $count } proveedores no tenían un producto equivalente y no cotizaron.
       *[other] { $count } proveedores no tenían un producto equivalente y no cotizaron.
    }

## Comparison

quotes-compare-caption = Cotizaciones comparadas en { $currency }
quotes-col-supplier = Proveedor
quotes-col-unit-price = Precio unitario
quotes-col-total = Total
quotes-col-incoterm = Incoterm
quotes-col-lead-time = Plazo de entrega
quotes-col-valid-until = Válida hasta
quotes-col-action = Acción
quotes-quantity = Cantidad { $count }
quotes-days =
    { $count ->
        [one] { $count } día
        [many] { $count } días
       *[other] { $count } días
    }
quotes-best-price = Mejor precio
quotes-best-lead-time = Más rápida
quotes-best-expiry = Válida más tiempo
quotes-mixed-incoterms = Estas cotizaciones usan Incoterms distintos, así que sus precios incluyen servicios distintos (flete, seguro, aranceles). Compare también la columna Incoterm.
quotes-normalised = Precios convertidos a { $currency } al tipo de hoy; el precio propio del proveedor aparece debajo cuando es distinto.
quotes-no-rate = No se pueden comparar estas cotizaciones: falta un tipo de cambio.
quotes-accept = Aceptar
quotes-accept-from = Aceptar la cotización de { $supplier }
quotes-accepted = Aceptada
quotes-view-cart = Ver carrito
quotes-expired = Venció el { $date }: esta cotización ya no se puede aceptar. Envíe una nueva solicitud para obtener un precio actual.
quotes-added-to-cart = Añadido a su carrito: { $quantity } a { $price } cada uno, el precio cotizado, válido hasta el { $date }.
