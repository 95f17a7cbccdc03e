# The home page.

home-title = Tradefair: wholesale from verified suppliers
home-hero-title = Source wholesale products from verified factories
home-hero-body = Compare quantity prices and minimum orders in your own currency, from { $suppliers } suppliers in { $countries } countries.
home-browse-all =
    { $count ->
        [one] Browse { $count } product
       *[other] Browse all { $count } products
    }
home-categories = Shop by category
home-featured-suppliers = Featured suppliers
home-new-products = New from verified suppliers
home-stat-products = Products
home-stat-suppliers = Suppliers
home-stat-countries = Countries
