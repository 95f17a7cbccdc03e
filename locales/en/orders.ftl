## Orders

orders-title = Orders
orders-empty-title = No orders yet
orders-empty-body = Orders you place appear here, with their status and shipment tracking.
orders-browse = Browse the catalog

## One order or a checkout's confirmation

order-title = Order { $number }
order-confirmation-title = Order confirmation
order-confirmation-body =
    { $count ->
        [one] Thank you: checkout { $checkout } created { $count } order. Each supplier confirms, ships and invoices its own order:
       *[other] Thank you: checkout { $checkout } created { $count } orders, one per supplier. Each supplier confirms, ships and invoices its own order:
    }
order-back = All orders
order-number = Order
order-placed-on = Placed on { $date }
order-timeline = Status
order-expected-on = Expected { $date }
order-step-pending = Not yet
order-shipment = Shipment
order-ships-from = Ships from
order-ships-from-factory = The supplier's factory
order-ships-from-warehouse = Overseas warehouse in { $country }
order-method = Shipping method
order-incoterm = Incoterm
order-tracking = Tracking
order-tracking-none = A tracking number appears here once the goods ship.
order-payment = Payment
order-payment-method = Payment method
order-escrow = Trade assurance (escrow)
order-po-number = Purchase order number
order-ship-to = Ship to
order-lines = Products
order-goods-total = Goods total
order-download-csv = Download CSV
order-print = Print
order-download-failed = The file could not be created in this browser. Use "Print" instead.

order-status-placed = Placed
order-status-confirmed = Confirmed
order-status-in-production = In production
order-status-shipped = Shipped
order-status-customs = In customs
order-status-delivered = Delivered

order-escrow-not-used = Not used
order-escrow-awaiting-payment = Awaiting payment
order-escrow-held = Payment held until you confirm delivery
order-escrow-released = Released to the supplier

order-payment-card = Card
order-payment-bank-transfer = Bank transfer (T/T)
order-payment-letter-of-credit = Letter of credit
order-payment-net-terms = Net { $days } days

order-method-sea = Sea freight
order-method-air = Air freight
order-method-express = Express courier
order-method-rail = Rail freight

## CSV columns (also the order table's headings)

order-csv-number = Order number
order-csv-checkout = Checkout
order-csv-placed = Placed
order-csv-supplier = Supplier
order-csv-status = Status
order-csv-product-id = Product ID
order-csv-product = Product
order-csv-quantity = Quantity
order-csv-unit = Unit
order-csv-unit-price = Unit price
order-csv-line-total = Line total
order-csv-currency = Currency
order-csv-incoterm = Incoterm
order-csv-ships-from = Ships from
order-csv-po-number = PO number
order-csv-escrow = Escrow
order-csv-tracking = Tracking
order-csv-total = Total
