# The translator workbench (/translate): edit messages, preview them in the app, export.

nav-translate = Traducir
translate-title = Taller de traducción
translate-heading = Taller de traducción
translate-intro = Traduzca la aplicación junto al texto original en inglés. Sus borradores se comprueban mientras escribe, se guardan en este navegador y se muestran al instante en la aplicación. Exporte un archivo cuando termine.
translate-target = Idioma de destino
translate-show-in-app = Mostrar la aplicación en { $language }
translate-showing-in-app = La aplicación se muestra en { $language }: abra cualquier página para ver sus borradores.
translate-loading = Cargando los textos en { $language }…
translate-load-failed = No se pudieron cargar los archivos de textos en { $language }.

# The pseudo-locale switch.
translate-pseudo = Pseudoidioma
translate-pseudo-hint = Muestra los textos de la aplicación con acentos, alrededor de un tercio más largos y entre [corchetes]. Un texto sin corchetes no se puede traducir; un diseño que se rompe aquí también se romperá en idiomas largos.
translate-pseudo-badge = pseudo

translate-report-heading = Informe por idioma
translate-report-caption = Textos por idioma, con sus borradores
translate-report-language = Idioma
translate-report-translated = Traducidos
translate-report-missing = Faltan
translate-report-obsolete = Obsoletos
translate-report-broken = Con errores
translate-report-drafts = Borradores
translate-report-loading = Cargando…
translate-report-failed = No se pudo cargar
translate-report-note = { $count ->
        [one] El inglés, el idioma de origen, tiene { $count } texto. Obsoleto: está en una traducción pero ya no en inglés.
        [many] El inglés, el idioma de origen, tiene { $count } de textos. Obsoleto: está en una traducción pero ya no en inglés.
       *[other] El inglés, el idioma de origen, tiene { $count } textos. Obsoleto: está en una traducción pero ya no en inglés.
    }

translate-filter-legend = Mostrar
translate-filter-all = Todos
translate-filter-missing = Faltan
translate-filter-changed = Cambiados en el original
translate-filter-errors = Con errores
translate-filter-drafts = Editados
translate-search-label = Buscar en claves y textos
translate-search-placeholder = Por ejemplo catalog-heading o precio
translate-showing = { $total ->
        [one] Se muestra { $shown } de { $total } texto
        [many] Se muestran { $shown } de { $total } de textos
       *[other] Se muestran { $shown } de { $total } textos
    }
translate-empty-search = Ningún texto coincide con «{ $query }».
translate-empty-filter = No hay textos en esta vista.
translate-clear-search = Mostrar todos los textos

translate-area-app = Marco de la aplicación: cabecera, pie de página y errores
translate-area-home = Página de inicio
translate-area-catalog = Catálogo
translate-area-product = Página de producto
translate-area-supplier = Página de proveedor
translate-area-cart = Carrito y pedidos
translate-area-translate = Taller de traducción
translate-area-checkout = Finalizar compra
translate-area-quotes = Solicitudes de cotización
translate-area-orders = Pedidos
translate-area-expo = Feria virtual
translate-area-chat = Chat del stand
translate-file-drafts = { $count ->
        [one] { $count } borrador
        [many] { $count } de borradores
       *[other] { $count } borradores
    }

translate-export-file = Exportar { $file }
translate-export-all = Exportar los archivos editados
translate-export-none = Aún no hay borradores: edite un texto para exportar su archivo.
translate-export-errors = { $count ->
        [one] Un borrador tiene errores: el archivo exportado lo incluye tal como se escribió.
        [many] { $count } de borradores tienen errores: el archivo exportado los incluye tal como se escribieron.
       *[other] { $count } borradores tienen errores: el archivo exportado los incluye tal como se escribieron.
    }
translate-drafts-status = { $count ->
        [one] Un borrador, guardado en este navegador.
        [many] { $count } de borradores, guardados en este navegador.
       *[other] { $count } borradores, guardados en este navegador.
    }
translate-exported = Se descargó { $files }.
translate-import = Importar un archivo…
translate-import-done = { $changed ->
        [one] { $file }: un texto modificado es ahora un borrador.
        [many] { $file }: { $changed } de textos modificados son ahora borradores.
       *[other] { $file }: { $changed } textos modificados son ahora borradores.
    }
translate-import-unknown = { $count ->
        [one] Se omitió un texto que no existe en inglés.
        [many] Se omitieron { $count } de textos que no existen en inglés.
       *[other] Se omitieron { $count } textos que no existen en inglés.
    }
translate-import-wrong-file = { $file } no corresponde a ningún archivo de textos de la aplicación.
translate-import-failed = No se pudo leer el archivo.
translate-discard-all = Descartar todos los borradores
translate-discard-confirm = { $count ->
        [one] ¿Descartar { $count } borrador? Pulse de nuevo
        [many] ¿Descartar { $count } de borradores? Pulse de nuevo
       *[other] ¿Descartar { $count } borradores? Pulse de nuevo
    }

translate-field-label = Traducción de { $id } ({ $language })
translate-source-label = Inglés
translate-note = Nota para traductores: { $note }
translate-status-missing = Falta
translate-status-draft = Borrador
translate-status-changed = Inglés cambiado
translate-status-error = Error
translate-revert = Volver al archivo
translate-keep = Mantener la traducción
translate-saved = Borrador guardado
translate-reverted = Igual que el archivo: sin borrador
translate-preview-kept = La aplicación sigue mostrando la última versión sin errores de sintaxis.
translate-plural-forms = Formas de plural ({ $language }): { $categories }
translate-plural-none = { $language } no tiene formas de plural: basta con una variante, [other].
translate-plural-insert = Insertar plantilla de plural

translate-syntax-error = Error de sintaxis en la línea { $line }, columna { $column }: { $detail }
translate-go-to-error = Ir al error
translate-issue-no-default = una expresión de selección necesita una variante predeterminada, marcada con *, por ejemplo *[other].
translate-issue-parser = { $detail }
translate-issue-variables-extra = Usa { $names }, que el inglés no proporciona: la aplicación mostraría el inglés en su lugar.
translate-issue-variables-missing = No usa { $names } del inglés.
translate-issue-terms = Usa otros términos que el inglés: { $names }.
translate-issue-messages = Hace referencia a otros textos que el inglés: { $names }.
translate-issue-plural-missing = Al plural de { $variable } le falta la forma [{ $category }] que usa { $language }.
translate-issue-plural-unknown = { $language } nunca usa la forma de plural [{ $category }].
translate-issue-much-longer = Mucho más largo que el inglés ({ $target } frente a { $source } caracteres): compruebe que cabe.
translate-issue-attribute-missing = El atributo .{ $name } no está traducido.
translate-issue-attribute-obsolete = El inglés no tiene el atributo .{ $name }.
translate-issue-value = El valor y los atributos no coinciden con el inglés.
translate-issue-other = { $detail }
