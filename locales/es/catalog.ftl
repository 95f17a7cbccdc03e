# The catalog: search, filters, sort and results.

catalog-title = Catálogo
catalog-heading = Catálogo mayorista
catalog-results =
    { $count ->
        [0] Ningún producto
        [one] { $count } producto
        [many] { $count } productos
       *[other] { $count } productos
    }
catalog-results-for = Resultados para «{ $query }»
catalog-updating = Actualizando resultados…
catalog-filters = Filtros
catalog-show-filters = Mostrar filtros
catalog-clear-filters = Borrar todos los filtros
catalog-active-filters = Filtros activos
catalog-remove-filter = Quitar filtro: { $filter }
catalog-sort = Ordenar por
sort-relevance = Más relevantes
sort-price-asc = Precio: de menor a mayor
sort-price-desc = Precio: de mayor a menor
sort-moq-asc = Menor pedido mínimo
sort-lead-time-asc = Plazo de entrega más corto
sort-newest = Más recientes

facet-category = Categoría
facet-price = Precio unitario ({ $currency })
facet-price-min = Mínimo
facet-price-max = Máximo
facet-price-apply = Aplicar precio
facet-price-invalid = Indique un importe, por ejemplo, { $example }.
facet-price-order = El mínimo no puede ser mayor que el máximo.
facet-moq = Pedido mínimo
facet-moq-any = Cualquier cantidad
facet-moq-up-to = Hasta { $qty }
facet-certifications = Certificaciones
facet-country = País del proveedor
facet-country-more = Mostrar todos los países
facet-country-less = Mostrar menos países
facet-lead-time = Plazo de entrega
facet-lead-any = Cualquier plazo
facet-lead-within =
    { $days ->
        [one] Envío en un plazo de { $days } día
        [many] Envío en un plazo de { $days } días
       *[other] Envío en un plazo de { $days } días
    }
facet-overseas = En stock en un almacén en el extranjero
facet-count =
    { $count ->
        [one] { $count } producto
        [many] { $count } productos
       *[other] { $count } productos
    }

catalog-empty-title = Ningún producto coincide con su búsqueda
catalog-empty-body = Pruebe con otras palabras o quite algunos filtros.
catalog-empty-clear = Borrar búsqueda y filtros
catalog-page-out-of-range = Esta página está después de la última página de resultados.
catalog-first-page = Ir a la primera página

pager-label = Páginas de resultados
pager-previous = Página anterior
pager-next = Página siguiente
pager-page = Página { $page }
pager-status = Página { $page } de { $pages }

card-moq = Pedido mín.: { $quantity }
card-lead-time =
    { $days ->
        [one] Envío en { $days } día
        [many] Envío en { $days } días
       *[other] Envío en { $days } días
    }
card-overseas = Stock en el extranjero
card-supplier-price = Precio del proveedor: { $price }

category-electronics = Electrónica
category-lighting = Iluminación
category-machinery = Maquinaria
category-textiles = Textiles
category-packaging = Embalaje
category-home-kitchen = Hogar y cocina
category-furniture = Muebles
category-auto-parts = Autopartes
category-beauty-care = Belleza y cuidado personal
category-sports-outdoor = Deportes y aire libre
category-tools-hardware = Herramientas y ferretería
category-office = Artículos de oficina

unit-piece =
    { $count ->
        [one] { $count } pieza
        [many] { $count } piezas
       *[other] { $count } piezas
    }
unit-set =
    { $count ->
        [one] { $count } juego
        [many] { $count } juegos
       *[other] { $count } juegos
    }
unit-pair =
    { $count ->
        [one] { $count } par
        [many] { $count } pares
       *[other] { $count } pares
    }
unit-meter =
    { $count ->
        [one] { $count } metro
        [many] { $count } metros
       *[other] { $count } metros
    }
unit-kilogram =
    { $count ->
        [one] { $count } kg
        [many] { $count } kg
       *[other] { $count } kg
    }
unit-roll =
    { $count ->
        [one] { $count } rollo
        [many] { $count } rollos
       *[other] { $count } rollos
    }
unit-box =
    { $count ->
        [one] { $count } caja
        [many] { $count } cajas
       *[other] { $count } cajas
    }
per-unit-piece = por pieza
per-unit-set = por juego
per-unit-pair = por par
per-unit-meter = por metro
per-unit-kilogram = por kg
per-unit-roll = por rollo
per-unit-box = por caja
