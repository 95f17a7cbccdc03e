# The exhibitor console (/exhibitor) and sign-in (/sign-in).

exhibitor-title = Consola del expositor
sign-in-title = Iniciar sesión

## Sign-in, the console shell and leads (helper D)

sign-in-intro = Los expositores inician sesión aquí para gestionar su stand: emitir en directo, editar el stand, dar seguimiento a los contactos y responder a las solicitudes de cotización.
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-show-password = Mostrar contraseña
sign-in-submit = Iniciar sesión
sign-in-busy = Iniciando sesión…
sign-in-signing-out = Cerrando sesión…
sign-in-error-email-required = Introduce tu correo electrónico.
sign-in-error-password-required = Introduce tu contraseña.
sign-in-error-invalid = Ese correo y esa contraseña no coinciden con ninguna cuenta. Revísalos e inténtalo de nuevo.
sign-in-signed-in-as = Has iniciado sesión como { $name } ({ $email }).
sign-in-role-buyer = Comprador
sign-in-role-exhibitor = Expositor
sign-in-demo-title = Cuentas de demostración
sign-in-demo-intro = Esta es la demo: prueba la consola con una de estas cuentas. Sus contraseñas son públicas.
sign-in-demo-exhibitor = Expositor del stand { $booth }
sign-in-demo-use = Usar esta cuenta
console-signed-in-as = Sesión iniciada como { $name }
console-redirecting = Llevándote al inicio de sesión…
console-tabs = Secciones de la consola
console-tab-live = En directo
console-tab-booth = Stand
console-tab-leads = Contactos
console-tab-rfqs = Solicitudes
console-booth = Tu stand:
console-booth-number = Stand { $id }
console-view-booth = Ver tu stand como lo ven los compradores
console-not-exhibitor-title = Esta consola es para expositores
console-not-exhibitor = Has iniciado sesión como { $name } ({ $email }), una cuenta de comprador. Inicia sesión con la cuenta de expositor de un stand para usar la consola.
console-switch-account = Iniciar sesión con otra cuenta
leads-title = Contactos
leads-intro = Compradores que compartieron una tarjeta, reservaron una reunión, hicieron una pregunta o enviaron una solicitud de cotización, los más recientes primero. Las visualizaciones y las descargas de folletos solo aparecen para compradores que compartieron su tarjeta.
leads-empty = Aún no hay contactos. Aquí aparecerán los compradores que compartan una tarjeta, reserven una reunión, hagan una pregunta o envíen una solicitud de cotización.
leads-filters = Filtrar contactos
leads-filter-text = Buscar
leads-filter-status = Estado
leads-filter-kind = Actividad
leads-filter-any = Cualquiera
leads-count = Contactos mostrados: { $shown } de { $total }
leads-export = Exportar CSV
leads-no-match = Ningún contacto coincide con estos filtros.
leads-clear-filters = Quitar filtros
leads-unnamed = Comprador (sin nombre)
leads-consent-yes = Compartió su tarjeta
leads-consent-no = No compartió tarjeta
leads-consent-note = Este comprador no ha compartido su tarjeta, así que no se muestran visualizaciones ni descargas.
leads-company = Empresa
leads-country = País
leads-email = Correo electrónico
leads-phone = Teléfono
leads-activities = Qué hizo
leads-status = Estado
leads-notes = Notas
leads-save = Guardar
leads-saving = Guardando…
leads-saved = Guardado.
leads-notes-too-long = Las notas pueden tener como máximo { $max } caracteres.
leads-notes-invalid = No se pudieron guardar estas notas. Revísalas e inténtalo de nuevo.
leads-status-new = Nuevo
leads-status-contacted = Contactado
leads-status-qualified = Cualificado
leads-status-won = Ganado
leads-status-lost = Perdido
leads-kind-card = Compartió una tarjeta
leads-kind-meeting = Reservó una reunión
leads-kind-question = Hizo una pregunta
leads-kind-rfq = Pidió cotización
leads-kind-watched = Vio la emisión
leads-kind-brochure = Descargó un folleto
leads-activity-card = Compartió su tarjeta de visita
leads-activity-meeting = Reservó una reunión para el { $time }
leads-activity-question = Preguntó:
leads-activity-rfq = Envió una solicitud de cotización de { $quantity } ×
leads-activity-watched = { $minutes ->
        [one] Vio la emisión durante { $minutes } minuto
        [many] Vio la emisión durante { $minutes } minutos
       *[other] Vio la emisión durante { $minutes } minutos
    }
leads-activity-brochure = Descargó el folleto
leads-product-fallback = producto { $id }

## Editor del stand (ayudante E)
editor-title = Perfil del stand
editor-unsaved = Cambios sin guardar
editor-no-changes = No hay cambios sin guardar
editor-draft-restored = Sus cambios sin guardar de la última vez se han recuperado.
editor-draft-kept = Los cambios se conservan en este dispositivo hasta que los guarde.
editor-errors-summary = { $count ->
        [one] Hay que corregir { $count } campo.
        [many] Hay que corregir { $count } campos.
       *[other] Hay que corregir { $count } campos.
    }
editor-saved = Guardado. Los compradores ya ven su stand con estos cambios.
editor-view-public = Ver su stand como lo ven los compradores
editor-save = Guardar perfil
editor-saving = Guardando…
editor-discard = Descartar cambios
editor-texts-title = Descripción
editor-texts-complete = Su descripción está escrita en todos los idiomas de la feria.
editor-texts-missing = { $count ->
        [one] Falta en { $count } idioma: { $languages }.
        [many] Falta en { $count } idiomas: { $languages }.
       *[other] Falta en { $count } idiomas: { $languages }.
    }
editor-texts-fallback = Los compradores que leen esos idiomas ven la descripción en inglés.
editor-texts-add = Añadir traducción ({ $language })
editor-text-label = Descripción ({ $language })
editor-text-count = { $count } de { $max } caracteres
editor-texts-remove = Quitar la traducción ({ $language })
editor-featured-title = Productos destacados
editor-featured-note = Hasta { $max } de sus productos, mostrados en este orden en su stand.
editor-featured-empty = Todavía no hay productos destacados.
editor-featured-up = Subir { $product }
editor-featured-down = Bajar { $product }
editor-featured-remove = Quitar { $product }
editor-remove = Quitar
editor-featured-choose = Producto que destacar
editor-featured-pick = Elija un producto
editor-featured-add = Destacar
editor-featured-full = La lista está completa: quite un producto para añadir otro (como máximo { $max }).
editor-brochures-title = Folletos
editor-brochures-note = Elija qué documentos pueden descargar los compradores en su stand.
editor-brochure-include = Ofrecer en su stand: { $document }
editor-sessions-title = Programa de sesiones
editor-sessions-zone = Las fechas y horas están en la zona horaria de su stand: { $zone }.
editor-sessions-empty = No hay sesiones previstas.
editor-session-row = Sesión { $row }
editor-session-kind = Tipo de sesión
editor-session-product = Producto presentado
editor-session-product-pick = Elija un producto
editor-session-date = Fecha
editor-session-start = Hora de inicio
editor-session-duration = Duración
editor-minutes = { $count ->
        [one] { $count } minuto
        [many] { $count } minutos
       *[other] { $count } minutos
    }
editor-session-offset = { $zone }, UTC{ $offset } en esta fecha.
editor-session-incomplete = Indique una fecha y una hora de inicio para ver cuándo la verán los compradores.
editor-session-preview = Empieza { $utc }, es decir, { $local } para usted ({ $viewer_zone }).
editor-session-remove = Quitar la sesión { $row }
editor-session-add = Añadir una sesión
editor-hours-title = Horario de reuniones
editor-hours-note = Los compradores pueden reservar reuniones de lunes a viernes dentro de este horario ({ $zone }).
editor-hours-start = Inicio de la jornada
editor-hours-end = Fin de la jornada
editor-slot-length = Duración de cada reunión
editor-error-too-long = Este texto es demasiado largo: como máximo { $max } caracteres.
editor-error-duplicate = Esto aparece dos veces.
editor-error-too-many = Se pueden destacar como máximo { $max } productos.
editor-error-too-many-sessions = Hay demasiadas sesiones: quite algunas.
editor-error-not-offered = Este producto no es suyo.
editor-error-brochure = Este documento no es uno de los documentos de su stand.
editor-error-time-zone = La zona horaria del stand no es conocida.
editor-error-product = Elija el producto que se presenta en esta sesión.
editor-error-required = Rellene este campo.
editor-error-date = Indique una fecha válida.
editor-error-overlaps = Esta sesión se solapa con otra.
editor-error-time = Indique una hora entre las 00:00 y las 23:59.
editor-error-duration = Una sesión dura entre 15 y 240 minutos.
editor-error-hours = El fin de la jornada debe ser posterior al inicio.
editor-error-slot = Elija una duración de 15, 30, 45 o 60 minutos.
editor-error-invalid = Revise este campo.

## Bandeja de solicitudes de cotización (ayudante E)
inbox-title = Solicitudes de cotización
inbox-intro = Solicitudes que los compradores enviaron a su empresa, las más recientes primero. Responda con sus precios; los compradores los ven en su propia moneda.
inbox-empty = Todavía no hay solicitudes de cotización.
inbox-answered = Respondida
inbox-awaiting = Pendiente de su respuesta
inbox-received = Recibida el { $date }
inbox-quantity = Cantidad
inbox-target-price = Precio unitario objetivo
inbox-no-target = No indicado
inbox-destination = Destino
inbox-incoterm = Incoterm
inbox-needed-by = Necesario para
inbox-message = Mensaje del comprador
inbox-no-message = Sin mensaje.
inbox-attachments = Adjuntos
inbox-no-attachments = Sin adjuntos.
inbox-answer-open = Responder a esta solicitud
inbox-answer-close = Cerrar el formulario de respuesta
inbox-answer-title = Su cotización
inbox-answer-currency = Los precios están en su moneda: { $currency } ({ $code }).
inbox-tiers = Tramos de precio
inbox-tier-min-qty = Desde la cantidad
inbox-tier-unit-price = Precio unitario ({ $code })
inbox-tier-actions = Acciones
inbox-tier-min-qty-row = Desde la cantidad, tramo { $row }
inbox-tier-unit-price-row = Precio unitario en { $code }, tramo { $row }
inbox-tier-remove = Quitar el tramo { $row }
inbox-tier-add = Añadir un tramo
inbox-lead-time = Plazo de entrega (días)
inbox-expires-on = Válida hasta
inbox-note = Nota para el comprador (opcional)
inbox-already-answered = Ya respondió a esta solicitud.
inbox-draft-kept = Su respuesta sin enviar se conserva en este dispositivo.
inbox-send = Enviar cotización
inbox-sending = Enviando…
inbox-your-quote = Su cotización
inbox-quote-unit = Precio unitario para la cantidad solicitada:
inbox-lead-time-days = { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
inbox-error-tiers = Añada al menos un tramo de precio.
inbox-error-required = Rellene este campo.
inbox-error-not-ascending = Cada tramo debe empezar en una cantidad mayor que el anterior.
inbox-error-above-quantity = El primer tramo debe empezar en la cantidad solicitada o por debajo.
inbox-error-quantity = Indique un número entero de unidades.
inbox-error-price = Indique un precio unitario mayor que cero, por ejemplo 12,50.
inbox-error-lead-time = Indique un plazo de 1 a 365 días.
inbox-error-expires-past = La cotización debe ser válida después de hoy.
inbox-error-date = Indique una fecha válida.
inbox-error-too-long = Este texto es demasiado largo.
inbox-error-invalid = Revise este campo.

## Live tab (/exhibitor): going live and running the booth during the stream.
live-devices-title = Cámara y micrófono
live-preview-label = Vista previa de lo que emite
live-camera-ask = Para emitir en directo, permita que esta página use su cámara y su micrófono. Su navegador se lo preguntará.
live-camera-allow = Activar cámara y micrófono
live-camera-opening = Abriendo la cámara…
live-camera-retry = Reintentar
live-camera = Cámara
live-microphone = Micrófono
live-camera-unnamed = Cámara { $number }
live-microphone-unnamed = Micrófono { $number }
live-no-camera = No se encontró ninguna cámara
live-no-microphone = No se encontró ningún micrófono
live-resolution = Resolución
live-resolution-360 = 360p (conexiones lentas)
live-resolution-720 = 720p (recomendada)
live-resolution-1080 = 1080p (conexiones rápidas)
live-mic-level = Nivel del micrófono
live-mic-level-value = Nivel { $level } de 100
live-share-screen = Compartir pantalla para diapositivas
live-back-to-camera = Volver a la cámara
live-on-air-camera = En antena: cámara
live-on-air-screen = En antena: pantalla compartida
live-preview-camera = Vista previa: cámara
live-preview-screen = Vista previa: pantalla compartida
live-device-denied = Se denegó el acceso a la cámara o al micrófono. Permítalo en la configuración del sitio de su navegador y vuelva a intentarlo.
live-device-missing = No se encontró ninguna cámara ni micrófono. Conecte uno y vuelva a intentarlo.
live-device-busy = Otra aplicación está usando la cámara o el micrófono. Ciérrela y vuelva a intentarlo.
live-device-resolution = La cámara no admite esta resolución. Elija una más baja.
live-device-unsupported = Este navegador no puede usar una cámara en esta página. Use un navegador actual con una conexión segura (https).
live-device-failed = No se pudo iniciar la cámara o el micrófono. Vuelva a intentarlo.
live-broadcast-title = Emisión
live-state-off = Fuera de antena
live-state-starting = Conectando con el servidor de medios…
live-state-live = En antena
live-state-reconnecting = Se perdió la conexión. Reconectando (intento { $attempt })…
live-state-stopping = Deteniendo…
live-go = Emitir en directo
live-stop = Detener
live-no-media-server = Para emitir en directo hace falta un servidor de medios, y este backend no tiene ninguno.
live-no-media-server-explained = Con este backend no se puede emitir vídeo en directo: no tiene servidor de medios. Aun así puede comprobar su cámara y su micrófono, y atender el chat, las preguntas y los productos fijados del stand.
live-need-camera = Active primero la cámara.
live-error-refused = El servidor de medios rechazó la clave de emisión. Recargue la página y vuelva a intentarlo.
live-error-unreachable = No se puede contactar con el servidor de medios. Compruebe su conexión y vuelva a intentarlo.
live-error-media-server = El servidor de medios respondió con un error ({ $status }). Vuelva a intentarlo en un momento.
live-error-browser = Su navegador no pudo preparar la emisión. Vuelva a intentarlo o use otro navegador.
live-error-backend = No se pudo actualizar el stand: { $reason }
live-elapsed = Tiempo en antena
live-bitrate = Tasa de bits saliente
live-viewers-now = Espectadores
live-figure-none = —
live-bitrate-kbps = { $value } kbit/s
live-bitrate-mbps = { $value } Mbit/s
live-pins-title = Sus productos
live-pins-hint = Un producto fijado aparece al instante en la pestaña «Fijados» de los compradores.
live-pins-empty = Su catálogo aún no tiene productos.
live-pin = Fijar
live-unpin = Quitar
live-pin-named = Fijar { $name }
live-unpin-named = Quitar { $name }
live-pinned-badge = Fijado
live-pin-error = No se pudo cambiar el producto fijado: { $reason }
live-questions-title = { $open ->
    [0] Preguntas: ninguna pendiente
    [one] Preguntas: 1 pendiente
    [many] Preguntas: { $open } pendientes
   *[other] Preguntas: { $open } pendientes
}
live-questions-empty = Aún no hay preguntas.
live-question-votes = { $count ->
    [one] 1 voto
    [many] { $count } de votos
   *[other] { $count } votos
}
live-mark-answered = Marcar como respondida
live-mark-answered-named = Marcar como respondida: { $question }
live-answered = Respondida
live-answered-error = No se pudo marcar la pregunta como respondida: { $reason }
live-chat-title = Chat
live-reply-label = Su respuesta (se muestra como expositor)
live-reply-send = Enviar respuesta
live-reply-error = Su respuesta no se envió: { $reason }
live-watching-title = Viendo ahora
live-watching-count = { $count ->
    [one] 1 espectador
    [many] { $count } de espectadores
   *[other] { $count } espectadores
}
live-watching-unknown = El número de espectadores aparece mientras emite a través de un servidor de medios que lo comunica.
live-watchers-title = Compradores que vieron la emisión
live-watchers-hint = Solo se muestran los compradores que compartieron su tarjeta de visita con su stand.
live-watchers-empty = Todavía no ha visto la emisión ningún comprador que haya compartido su tarjeta.
live-watcher-unnamed = Comprador
live-watched-minutes = { $minutes ->
    [one] Vio 1 minuto
    [many] Vio { $minutes } de minutos
   *[other] Vio { $minutes } minutos
}
live-follow-up = Hacer seguimiento
live-follow-up-named = Hacer seguimiento a { $name }
