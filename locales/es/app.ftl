# The frame of the app: header, footer, shared states and errors.

app-name = Tradefair
app-tagline = Compras al por mayor a proveedores verificados de todo el mundo
# Shown by index.html before the app runs (scripts/harden.mjs copies it in at build time).
boot-failed = Tradefair no pudo iniciarse: un archivo llegó dañado o incompleto. Recargue la página para volver a intentarlo.
skip-to-content = Ir al contenido principal
nav-label = Principal
nav-home = Inicio
nav-catalog = Catálogo
nav-expo = Feria
nav-quotes = Cotizaciones
nav-orders = Pedidos

header-search-label = Buscar productos
header-search-placeholder = Buscar productos, p. ej., panel LED
header-search-submit = Buscar
header-language = Idioma
header-currency = Moneda
header-cart =
    { $count ->
        [0] Carrito, vacío
        [one] Carrito, { $count } línea
        [many] Carrito, { $count } líneas
       *[other] Carrito, { $count } líneas
    }

# Language names are written in their own language, so a buyer finds theirs.
lang-en = English
lang-zh-CN = 简体中文
lang-es = Español
lang-de = Deutsch
lang-ar = العربية
lang-fr = Français

footer-demo = Datos de demostración generados en su navegador: no se necesita servidor.
footer-http = Datos en tiempo real de { $server }.
footer-rates = Tipos de cambio al { $date }.
footer-rounding = Los precios convertidos se redondean a la unidad monetaria mínima de la moneda de visualización (los valores intermedios se redondean alejándose de cero).

loading = Cargando…
loading-locale = Cargando { $language }…
error-title = Se produjo un error
error-retry = Volver a intentarlo
error-network = No pudimos conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
error-timeout = El servidor tardó demasiado en responder. Vuelva a intentarlo.
error-not-found = No encontramos lo que buscaba.
error-http = El servidor no pudo responder (error { $status }).
error-malformed = El servidor envió una respuesta que no pudimos leer.
error-too-large = El servidor envió muchos más datos de lo esperado, por lo que no se cargaron. Vuelva a intentarlo más tarde.
error-panic = Algo salió mal y esta página dejó de funcionar. Su carrito y sus borradores están guardados en este navegador.
error-panic-reload = Recargar la página
error-config = La aplicación no está configurada correctamente: no se pudo leer su configuración.
error-server-says = Mensaje del servidor: { $message }
error-locale = No se pudo cargar este idioma. La página se mantiene en el idioma actual.
offline-note = Está sin conexión. Las páginas que ya visitó siguen abriéndose; los cambios en su carrito se guardan y se envían cuando vuelva a estar en línea.
error-validation = Hay datos que corregir. Revise los campos marcados.
error-conflict = Este proceso de compra ya se utilizó para otro pedido. Revise su carrito y vuelva a iniciar la compra.
error-price-changed = Los precios o la disponibilidad han cambiado desde su última comprobación. Revise los nuevos precios antes de confirmar: no se ha realizado ningún pedido.
error-quote-expired = Esta cotización ha caducado. Solicite una nueva al proveedor.

not-found-title = Página no encontrada
not-found-body = No existe ninguna página en { $path }. Es posible que el enlace esté mal escrito o que la página se haya trasladado.
not-found-home = Ir a la página de inicio
not-found-catalog = Explorar el catálogo

fallback-english = Original en inglés: aún sin traducir
verified = Verificado
error-unauthenticated = No ha iniciado sesión o su sesión ha terminado. Vuelva a iniciar sesión: no se pierde nada de lo que escribió.
error-forbidden = Esta cuenta no puede hacer eso. Inicie sesión como expositor de este stand.
nav-sign-in = Iniciar sesión
nav-exhibitor = Consola del expositor
nav-sign-out = Cerrar sesión
