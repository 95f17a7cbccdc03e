## Expo

expo-title = Feria virtual

## Live player

live-region = Vídeo del stand
live-video-label = Vídeo en directo del stand
live-recording-label = Vídeo grabado del stand
live-badge-live = En directo
live-badge-recording = Grabación
live-viewers =
    { $count ->
        [one] { $count } espectador
        [many] { $count } de espectadores
       *[other] { $count } espectadores
    }
live-connecting = Conectando con la emisión en directo…
live-playing = Está viendo la emisión en directo.
live-waiting = La emisión en directo aún no ha comenzado.
live-reconnecting = Se perdió la conexión con la emisión en directo. Reconectando…
live-ended = Esta sesión en directo ha terminado.
live-retry-in =
    { $seconds ->
        [one] Nuevo intento en { $seconds } segundo.
        [many] Nuevo intento en { $seconds } de segundos.
       *[other] Nuevo intento en { $seconds } segundos.
    }
live-retry-now = Intentar ahora
live-sound-on = Activar el sonido
live-sound-off = Silenciar
live-captions = Subtítulos
live-captions-off = Desactivados

## Expo hall, schedule, booth

expo-intro = Visite los stands de los expositores, vea sesiones en directo y reserve reuniones a horas que convengan a ambos.
expo-tab-hall = Pabellón
expo-tab-schedule = Programa
expo-halls = Pabellones
expo-all-halls = Todos los pabellones
expo-hall-counts =
    { $booths ->
        [one] { $booths } stand
       *[other] { $booths } stands
    }, { $live } en directo
expo-filters = Filtros
expo-filter-category = Categoría
expo-filter-country = País
expo-filter-language = Idioma hablado
expo-filter-day = Día
expo-filter-hall = Pabellón
expo-any = Todos
expo-any-day = Todos los días
expo-booths = Expositores
expo-booth-count =
    { $count ->
        [one] { $count } expositor
       *[other] { $count } expositores
    }
expo-no-booths = Ningún expositor coincide con estos filtros.
expo-clear-filters = Quitar filtros
expo-live-now = En directo
expo-live-until = En directo hasta las { $time }
expo-next-session = Próxima sesión: { $time }
expo-no-session = Sin sesiones programadas
expo-sells = Vende:
expo-list-separator = {", "}
expo-hall-name = Pabellón: { $hall }
expo-place = { $city }, { $country }
expo-verified = Verificado
expo-verified-by = Verificado por { $inspector }, válido hasta el { $until }
expo-unverified = Aún no verificado
expo-speaks = Idiomas: { $languages }
expo-profile = Perfil del proveedor
expo-offline-next = Sin conexión. Próxima sesión: { $time }
expo-offline-none = Sin conexión. No hay sesiones programadas.
expo-live-recorded = El expositor está presentando ahora: está viendo su presentación grabada.
expo-time-range = { $start } – { $end }
expo-time-exhibitor = Hora del expositor: { $time } ({ $zone })
expo-your-zone = Las horas se muestran en su zona horaria ({ $zone }).
expo-session-count =
    { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
expo-no-sessions = No hay sesiones que coincidan.
expo-session-title = { $kind }: { $product }
expo-kind-product-launch = Lanzamiento de producto
expo-kind-factory-tour = Visita a la fábrica
expo-kind-live-demo = Demostración en directo
expo-kind-q-and-a = Preguntas y respuestas
expo-add-to-calendar = Añadir al calendario
expo-save = Recordármelo
expo-saved = Recordatorio activado
expo-reminder = Empieza ahora: { $exhibitor } – { $title }
expo-reminder-join = Ir al stand
expo-reminder-dismiss = Cerrar
expo-ics-session = { $exhibitor }: { $title }
expo-ics-session-body = Sesión en directo en el stand de { $exhibitor } en Tradefair.
expo-ics-meeting = Reunión con { $exhibitor } (Tradefair)
expo-booth-sessions = Sesiones
expo-brochures = Folletos y fichas técnicas
expo-brochures-empty = Este expositor no tiene documentos para descargar.
expo-brochure-catalogue = Catálogo de productos (PDF)
expo-brochure-spec-sheet = Ficha técnica (PDF)
expo-brochure-meta = PDF, { $size } KB
expo-meeting-title = Reservar una reunión
expo-meeting-intro = Horarios libres de { $exhibitor }, en su zona horaria y debajo en la del expositor:
expo-meeting-zones = Su zona horaria: { $buyer }. Zona horaria del expositor: { $exhibitor }.
expo-only-both-working = Solo horas laborables para ambos
expo-both-working = Horario laboral para ambos
expo-slot-exhibitor = Expositor: { $time }
expo-no-slots = No hay horarios libres la próxima semana.
expo-meeting-note = ¿De qué le gustaría hablar? (opcional)
expo-book = Reservar este horario
expo-booking = Reservando…
expo-meeting-booked = Reunión reservada
expo-error-choose-slot = Elija primero un horario.
expo-error-slot-taken = Ese horario se acaba de ocupar. Elija otro.
expo-error-too-long = Use como máximo { $max } caracteres.
expo-card-title = Intercambiar tarjetas de visita
expo-card-intro = Elija lo que { $exhibitor } puede ver. No se comparte nada hasta que acepte abajo.
expo-card-choose = Datos que compartir
expo-card-share-field = Compartir: { $field }
expo-card-name = Nombre
expo-card-company = Empresa
expo-card-job-title = Cargo
expo-card-email = Correo electrónico
expo-card-phone = Teléfono
expo-card-consent = Acepto compartir los datos seleccionados con { $exhibitor }, y puedo retirarlos en cualquier momento.
expo-card-share = Compartir mi tarjeta
expo-card-shared = Compartida con { $exhibitor } el { $time }:
expo-card-withdraw = Retirar mi tarjeta
expo-card-shared-notice = Su tarjeta se ha compartido.
expo-card-withdrawn-notice = Su tarjeta se ha retirado; el expositor ya no la tiene.
expo-error-consent = Marque la casilla para dar su consentimiento antes de compartir.
expo-error-no-fields = Elija al menos un dato para compartir.
expo-error-email = Introduzca un correo como nombre@empresa.com.
expo-error-phone = Introduzca un teléfono de 6 a 20 dígitos.
expo-error-invalid = Revise este valor.
expo-home-none-live = Ningún stand está en directo ahora.
expo-home-visit = Visitar la feria virtual
