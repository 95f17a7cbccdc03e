## Checkout

checkout-title = Finalizar compra
checkout-draft-reset = No se pudieron leer los datos de compra guardados; el formulario empieza vacío.
checkout-empty-title = Nada que comprar
checkout-empty-body = Su carrito está vacío. Añada primero productos del catálogo.
checkout-cart-needs-fixing = Algunas líneas del carrito necesitan un cambio (cantidad o disponibilidad) antes de finalizar la compra.
checkout-back-to-cart = Revisar el carrito
checkout-kept-locally = Su carrito y todo lo que escribió se guardan en este dispositivo. Inténtelo de nuevo cuando el servidor responda.
checkout-steps = Pasos de la compra
checkout-step-count = Paso { $current } de { $total }:
checkout-step-company = Empresa
checkout-step-shipping-address = Dirección de envío
checkout-step-billing-address = Dirección de facturación
checkout-step-delivery = Envío por proveedor
checkout-step-payment = Pago
checkout-step-review = Revisar y realizar el pedido
checkout-back = Atrás
checkout-continue = Continuar
checkout-summary = Resumen del pedido
checkout-suppliers =
    { $count ->
        [one] De { $count } proveedor, enviado y facturado por separado.
        [many] De { $count } proveedores, cada uno enviado y facturado por separado.
       *[other] De { $count } proveedores, cada uno enviado y facturado por separado.
    }

## Fields and their errors

checkout-choose-country = Elija un país
checkout-choose = Elija…
checkout-legal-name = Razón social
checkout-company-country = País de registro
checkout-tax-id = NIF-IVA / identificación fiscal
checkout-tax-id-hint-country = Elija primero el país de registro: el formato depende de él.
checkout-tax-id-hint-free = El número de identificación fiscal de su empresa.
checkout-tax-id-hint = Ejemplo de formato: { $example }
checkout-po-number = Número de orden de compra (PO)
checkout-cost-centre = Centro de coste (opcional)
checkout-contact-email = Correo de contacto para este pedido
checkout-error-required = Rellene este campo.
checkout-error-invalid-format = Esto no parece correcto. Revíselo.
checkout-error-tax-id = No es un número válido para este país. Formato esperado, por ejemplo: { $example }
checkout-error-too-long = Es demasiado largo. Acórtelo.
checkout-error-not-offered = Esta opción no está disponible aquí. Elija otra.
checkout-error-below-moq = Una cantidad está por debajo del pedido mínimo del proveedor.
checkout-error-not-multiple = Una cantidad no es múltiplo de la unidad de pedido del proveedor.
checkout-error-other = Revise este campo.

address-country = País
address-recipient = Destinatario o departamento
address-line1 = Calle y número
address-line2 = Edificio, planta, local (opcional)
address-city = Ciudad
address-region-state = Estado
address-region-province = Provincia
address-region-emirate = Emirato
address-region-prefecture = Prefectura
address-region-region = Región (opcional)
address-postal-code = Código postal
address-postal-hint = Por ejemplo: { $example }
address-phone = Teléfono para el transportista (opcional)
checkout-billing-same = Facturar a la dirección de envío

## Payment

checkout-payment-method = Forma de pago
checkout-pay-bank-transfer = Transferencia bancaria (T/T)
checkout-pay-bank-transfer-note = Los datos bancarios de cada proveedor llegan con la confirmación del pedido.
checkout-pay-bank-transfer-unavailable = La transferencia no está disponible para este pedido.
checkout-pay-letter-of-credit = Carta de crédito
checkout-pay-letter-of-credit-note = Su banco abre un crédito documentario a favor de cada proveedor.
checkout-pay-letter-of-credit-unavailable = Las cartas de crédito no están disponibles para este pedido.
checkout-pay-card = Tarjeta
checkout-pay-card-note = Paga en la página segura del proveedor de pagos; Tradefair nunca ve el número de su tarjeta.
checkout-pay-card-unavailable = Esta tienda no tiene conectado ningún proveedor de pagos con tarjeta, así que no se pueden usar tarjetas.
checkout-pay-net-terms = Pago aplazado
checkout-pay-net-terms-note = Pague la factura en el número de días acordado.
checkout-pay-net-terms-unavailable = Solo para compradores con una línea de crédito aprobada. Su empresa aún no tiene.
checkout-issuing-bank = Banco emisor
checkout-net-days = Vencimiento en
checkout-days =
    { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
checkout-escrow = Usar la garantía comercial (depósito en garantía)
checkout-escrow-note = Su pago queda en depósito y se libera al proveedor solo cuando usted confirma la entrega.
checkout-escrow-on = Garantía comercial: pago en depósito hasta que confirme la entrega.
checkout-escrow-off = Sin garantía comercial.

## Review and placing

checkout-edit = Cambiar
checkout-edit-label = Cambiar: { $section }
checkout-line-quantity = × { $quantity }
checkout-supplier-subtotal = Subtotal del proveedor:
checkout-in-supplier-currency = ({ $amount } en la moneda del proveedor)
checkout-goods-total = Total de la mercancía:
checkout-total-note = Solo mercancía. El flete, los aranceles y los impuestos dependen del Incoterm de cada proveedor (vea las estimaciones).
checkout-place-order = Realizar el pedido
checkout-placing = Realizando el pedido…
checkout-see-orders = Ver sus pedidos
checkout-nothing-lost = No se pierde nada: su carrito y sus datos se conservan. Reintentar nunca realiza el pedido dos veces.
checkout-pending-note = Puede que un intento anterior ya nos haya llegado. Volver a realizar el pedido es seguro: no se pedirá dos veces.
checkout-price-changed-title = Los precios han cambiado
checkout-old-total = Antes:
checkout-new-total = Ahora:
checkout-accept-prices = Aceptar los nuevos precios

## Landed-cost estimate

landed-title = Estimación del coste puesto en destino
landed-incoterm = Incoterm
landed-method = Forma de envío
method-sea = Flete marítimo
method-air = Flete aéreo
method-express = Mensajería urgente
method-rail = Flete ferroviario
landed-no-incoterm = Los productos de este proveedor no comparten ningún Incoterm: pídalos por separado o solicite una cotización.
landed-need-destination = Elija el país de destino para ver el flete, los aranceles, los impuestos y el plazo de entrega.
landed-unavailable = Esta forma de envío no cubre esta ruta. Elija otra.
landed-error = No se pudo calcular la estimación: falta un tipo de cambio.
landed-includes = Qué incluye el precio { $incoterm }
landed-cost = Coste
landed-amount = Estimación
landed-who-pays = Lo paga
landed-goods = Mercancía (el precio)
landed-in-price = Incluido en el precio
landed-buyer-pays = Usted, aparte
landed-cost-export-clearance = Despacho de exportación
landed-cost-main-freight = Flete principal
landed-cost-insurance = Seguro de la carga
landed-cost-import-duty = Arancel de importación ({ $rate } %)
landed-cost-import-vat = IVA de importación ({ $rate } %)
landed-cost-delivery-to-door = Entrega en su puerta
landed-on-top = Usted paga además del precio:
landed-total = Coste puesto en destino estimado:
landed-delivery = Plazo de entrega: de { $min } a { $max } días tras el pedido.
landed-rounding = Importes en { $currency }. Cada conversión y cada porcentaje se redondea una vez a la unidad mínima (mitad alejándose de cero). Una estimación, no una cotización.
landed-basis-title = Cómo se estima
landed-basis-illustrative-rates-2026 = Las tarifas son una tabla ilustrativa de 2026, no una cotización.
landed-basis-cartons-from-packaging = Peso y volumen según las cajas del proveedor (las cajas incompletas cuentan como llenas).
landed-basis-unit-weight-estimate = Algunos productos no tienen datos de caja: peso unitario más un 10 % de embalaje, 200 kg por metro cúbico.
landed-basis-sea-revenue-tonne = Flete marítimo por tonelada flete (1 m³ o 1000 kg, lo que sea mayor), al menos una.
landed-basis-air-volumetric-6000 = Flete aéreo por peso tasable (6000 cm³ por kg), redondeado hacia arriba a 0,5 kg.
landed-basis-express-volumetric-5000 = Urgente por peso tasable (5000 cm³ por kg), redondeado hacia arriba a 0,5 kg.
landed-basis-rail-volumetric-2000 = Flete ferroviario por peso tasable (1 m³ cuenta como 500 kg), en kilos enteros.
landed-basis-insurance-on-goods-plus-freight = El seguro es el 0,3 % de la mercancía más el flete.
landed-basis-duty-on-cif = El arancel se aplica sobre el valor CIF (mercancía, flete y seguro).
landed-basis-duty-on-goods-value = El arancel se aplica solo sobre el valor de la mercancía (valor en aduana sin flete).
landed-basis-mfn-average-by-category = Los aranceles son medias NMF por categoría: sin preferencias, contingentes ni medidas de defensa comercial.
landed-basis-import-vat-on-cif-plus-duty = El IVA de importación se aplica sobre el valor CIF más el arancel.
landed-basis-import-vat-recoverable = Los compradores registrados a efectos del IVA suelen poder deducir el IVA de importación.
landed-basis-intra-eu-reverse-charge = Dentro de la UE: sin aranceles; el IVA lo autoliquida el comprador (inversión del sujeto pasivo).
landed-basis-domestic = Mismo país: sin aduanas.
landed-basis-converted-once = Importes convertidos una sola vez a su moneda, redondeados (mitad alejándose de cero).
landed-basis-window-is-lead-time-plus-transit = El plazo de entrega es el plazo de fabricación más el tránsito y el despacho de aduanas.
