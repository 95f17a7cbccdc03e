# The supplier page and supplier cards.

supplier-location = { $city }, { $country }
supplier-verified-by = Verified by { $company }
supplier-verified-dates = Checked on { $date }, valid until { $until }
supplier-not-verified = Not yet verified by an inspection company
supplier-scope = What was checked
scope-business-licence = Business licence
scope-factory-audit = Factory audit
scope-export-licence = Export licence
scope-quality-system = Quality management system
supplier-years =
    { $years ->
        [one] { $years } year in business
       *[other] { $years } years in business
    }
supplier-response-rate = Response rate
supplier-response-time = Typical response time
supplier-response-hours =
    { $hours ->
        [one] within { $hours } hour
       *[other] within { $hours } hours
    }
supplier-employees = Employees
supplier-transactions = Transaction record (last 12 months)
supplier-orders = Orders
supplier-volume = Order value
supplier-on-time = Delivered on time
supplier-rating = Buyer rating
supplier-rating-value =
    { $rating } of 5 ({ $reviews ->
        [one] { $reviews } review
       *[other] { $reviews } reviews
    })
supplier-main-markets = Main markets
supplier-currency = Invoices in
supplier-about = About the company
supplier-products =
    { $count ->
        [one] { $count } product
       *[other] { $count } products
    }
supplier-all-products = See all products in the catalog
supplier-visit = View supplier
supplier-facts = Company facts
