# The catalog: search, filters, sort and results.

catalog-title = Catalog
catalog-heading = Wholesale catalog
catalog-results =
    { $count ->
        [0] No products
        [one] { $count } product
       *[other] { $count } products
    }
catalog-results-for = Results for “{ $query }”
catalog-updating = Updating results…
catalog-filters = Filters
catalog-show-filters = Show filters
catalog-clear-filters = Clear all filters
catalog-active-filters = Active filters
catalog-remove-filter = Remove filter: { $filter }
catalog-sort = Sort by
sort-relevance = Best match
sort-price-asc = Price: low to high
sort-price-desc = Price: high to low
sort-moq-asc = Lowest minimum order
sort-lead-time-asc = Fastest lead time
sort-newest = Newest

facet-category = Category
facet-price = Unit price ({ $currency })
facet-price-min = Minimum
facet-price-max = Maximum
facet-price-apply = Apply price
facet-price-invalid = Enter an amount such as { $example }.
facet-price-order = The minimum must not be higher than the maximum.
facet-moq = Minimum order
facet-moq-any = Any quantity
facet-moq-up-to = Up to { $qty }
facet-certifications = Certifications
facet-country = Supplier country
facet-country-more = Show all countries
facet-country-less = Show fewer countries
facet-lead-time = Lead time
facet-lead-any = Any lead time
facet-lead-within =
    { $days ->
        [one] Ships within { $days } day
       *[other] Ships within { $days } days
    }
facet-overseas = In stock in an overseas warehouse
facet-count =
    { $count ->
        [one] { $count } product
       *[other] { $count } products
    }

catalog-empty-title = No products match your search
catalog-empty-body = Try other words, or remove some filters.
catalog-empty-clear = Clear search and filters
catalog-page-out-of-range = This page is past the last page of results.
catalog-first-page = Go to the first page

pager-label = Result pages
pager-previous = Previous page
pager-next = Next page
pager-page = Page { $page }
pager-status = Page { $page } of { $pages }

card-moq = Min. order: { $quantity }
card-lead-time =
    { $days ->
        [one] Ships in { $days } day
       *[other] Ships in { $days } days
    }
card-overseas = Overseas stock
card-supplier-price = Supplier price: { $price }

category-electronics = Electronics
category-lighting = Lighting
category-machinery = Machinery
category-textiles = Textiles
category-packaging = Packaging
category-home-kitchen = Home and kitchen
category-furniture = Furniture
category-auto-parts = Auto parts
category-beauty-care = Beauty and personal care
category-sports-outdoor = Sports and outdoor
category-tools-hardware = Tools and hardware
category-office = Office supplies

unit-piece =
    { $count ->
        [one] { $count } piece
       *[other] { $count } pieces
    }
unit-set =
    { $count ->
        [one] { $count } set
       *[other] { $count } sets
    }
unit-pair =
    { $count ->
        [one] { $count } pair
       *[other] { $count } pairs
    }
unit-meter =
    { $count ->
        [one] { $count } metre
       *[other] { $count } metres
    }
unit-kilogram =
    { $count ->
        [one] { $count } kg
       *[other] { $count } kg
    }
unit-roll =
    { $count ->
        [one] { $count } roll
       *[other] { $count } rolls
    }
unit-box =
    { $count ->
        [one] { $count } box
       *[other] { $count } boxes
    }
per-unit-piece = per piece
per-unit-set = per set
per-unit-pair = per pair
per-unit-meter = per metre
per-unit-kilogram = per kg
per-unit-roll = per roll
per-unit-box = per box
