## Checkout

checkout-title = Checkout
checkout-draft-reset = Your saved checkout details could not be read, so the form starts empty.
checkout-empty-title = Nothing to check out
checkout-empty-body = Your cart is empty. Add products from the catalog first.
checkout-cart-needs-fixing = Some lines of your cart need a change (quantity or availability) before you can check out.
checkout-back-to-cart = Review your cart
checkout-kept-locally = Your cart and everything you typed are kept on this device. Try again when the server answers.
checkout-steps = Checkout steps
checkout-step-count = Step { $current } of { $total }:
checkout-step-company = Company
checkout-step-shipping-address = Shipping address
checkout-step-billing-address = Billing address
checkout-step-delivery = Shipping per supplier
checkout-step-payment = Payment
checkout-step-review = Review and place order
checkout-back = Back
checkout-continue = Continue
checkout-summary = Order summary
checkout-suppliers =
    { $count ->
        [one] From { $count } supplier, shipped and invoiced separately.
       *[other] From { $count } suppliers, each shipped and invoiced separately.
    }

## Fields and their errors

checkout-choose-country = Choose a country
checkout-choose = Choose…
checkout-legal-name = Legal company name
checkout-company-country = Country of registration
checkout-tax-id = VAT / tax ID
checkout-tax-id-hint-country = Choose the country of registration first: the format depends on it.
checkout-tax-id-hint-free = Your company's tax registration number.
checkout-tax-id-hint = Format example: { $example }
checkout-po-number = Purchase order (PO) number
checkout-cost-centre = Cost centre (optional)
checkout-contact-email = Contact e-mail for this order
checkout-error-required = Please fill in this field.
checkout-error-invalid-format = This does not look right. Please check it.
checkout-error-tax-id = This is not a valid number for this country. Expected format, for example: { $example }
checkout-error-too-long = This is too long. Please shorten it.
checkout-error-not-offered = This option is not available here. Please choose another.
checkout-error-below-moq = A quantity is below the supplier's minimum order.
checkout-error-not-multiple = A quantity is not a multiple of the supplier's order multiple.
checkout-error-other = Please check this field.

address-country = Country
address-recipient = Recipient or department
address-line1 = Street and number
address-line2 = Building, floor, unit (optional)
address-city = City
address-region-state = State
address-region-province = Province
address-region-emirate = Emirate
address-region-prefecture = Prefecture
address-region-region = Region (optional)
address-postal-code = Postal code
address-postal-hint = For example: { $example }
address-phone = Phone for the carrier (optional)
checkout-billing-same = Bill to the shipping address

## Payment

checkout-payment-method = Payment method
checkout-pay-bank-transfer = Bank transfer (T/T)
checkout-pay-bank-transfer-note = Each supplier's bank details come with your order confirmation.
checkout-pay-bank-transfer-unavailable = Bank transfer is not available for this order.
checkout-pay-letter-of-credit = Letter of credit
checkout-pay-letter-of-credit-note = Your bank opens a documentary letter of credit in favour of each supplier.
checkout-pay-letter-of-credit-unavailable = Letters of credit are not available for this order.
checkout-pay-card = Card
checkout-pay-card-note = You pay on the payment provider's secure page; Tradefair never sees your card number.
checkout-pay-card-unavailable = No card payment provider is connected to this store, so cards cannot be used.
checkout-pay-net-terms = Net terms (pay later)
checkout-pay-net-terms-note = Pay the invoice within the agreed number of days.
checkout-pay-net-terms-unavailable = Only for buyers with an approved credit line. Your company has none yet.
checkout-issuing-bank = Issuing bank
checkout-net-days = Payment due within
checkout-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
checkout-escrow = Use trade assurance (escrow)
checkout-escrow-note = Your payment is held in escrow and released to the supplier only when you confirm delivery.
checkout-escrow-on = Trade assurance: payment held in escrow until you confirm delivery.
checkout-escrow-off = Without trade assurance.

## Review and placing

checkout-edit = Change
checkout-edit-label = Change { $section }
checkout-line-quantity = × { $quantity }
checkout-supplier-subtotal = Supplier subtotal:
checkout-in-supplier-currency = ({ $amount } in the supplier's currency)
checkout-goods-total = Goods total:
checkout-total-note = Goods only. Freight, duties and taxes depend on the Incoterm of each supplier (see the estimates).
checkout-place-order = Place order
checkout-placing = Placing order…
checkout-see-orders = See your orders
checkout-nothing-lost = Nothing is lost: your cart and details are kept. Trying again never places the order twice.
checkout-pending-note = An earlier attempt may already have reached us. Placing the order again is safe: it will not be ordered twice.
checkout-price-changed-title = Prices changed
checkout-old-total = Before:
checkout-new-total = Now:
checkout-accept-prices = Accept the new prices

## Landed-cost estimate

landed-title = Landed-cost estimate
landed-incoterm = Incoterm
landed-method = Shipping method
method-sea = Sea freight
method-air = Air freight
method-express = Express courier
method-rail = Rail freight
landed-no-incoterm = The products of this supplier share no Incoterm: order them separately or ask for a quote.
landed-need-destination = Choose the destination country to see freight, duties, taxes and the delivery window.
landed-unavailable = This shipping method does not serve this route. Please choose another.
landed-error = The estimate could not be worked out: an exchange rate is missing.
landed-includes = What the { $incoterm } price includes
landed-cost = Cost
landed-amount = Estimate
landed-who-pays = Paid by
landed-goods = Goods (the price)
landed-in-price = In the price
landed-buyer-pays = You, on top
landed-cost-export-clearance = Export clearance
landed-cost-main-freight = Main freight
landed-cost-insurance = Cargo insurance
landed-cost-import-duty = Import duty ({ $rate } %)
landed-cost-import-vat = Import VAT ({ $rate } %)
landed-cost-delivery-to-door = Delivery to your door
landed-on-top = You pay on top of the price:
landed-total = Estimated landed cost:
landed-delivery = Delivery window: { $min }–{ $max } days after the order.
landed-rounding = Amounts in { $currency }. Each conversion and each percentage is rounded once to the nearest minor unit (half away from zero). An estimate, not a quote.
landed-basis-title = How this is estimated
landed-basis-illustrative-rates-2026 = Rates are an illustrative 2026 table, not a quote.
landed-basis-cartons-from-packaging = Weight and volume from the supplier's carton data (partly filled cartons count as full).
landed-basis-unit-weight-estimate = Some products have no carton data: unit weight plus 10 % packing, 200 kg per cubic metre.
landed-basis-sea-revenue-tonne = Sea freight per revenue tonne (1 m³ or 1,000 kg, whichever is more), at least one.
landed-basis-air-volumetric-6000 = Air freight on chargeable weight (6,000 cm³ per kg), rounded up to 0.5 kg.
landed-basis-express-volumetric-5000 = Express on chargeable weight (5,000 cm³ per kg), rounded up to 0.5 kg.
landed-basis-rail-volumetric-2000 = Rail freight on chargeable weight (1 m³ counts as 500 kg), whole kilograms.
landed-basis-insurance-on-goods-plus-freight = Insurance is 0.3 % of goods plus freight.
landed-basis-duty-on-cif = Duty is charged on the CIF value (goods, freight and insurance).
landed-basis-duty-on-goods-value = Duty is charged on the goods value only (customs value without freight).
landed-basis-mfn-average-by-category = Duty rates are average most-favoured-nation rates by category: no preferences, quotas or trade remedies.
landed-basis-import-vat-on-cif-plus-duty = Import VAT is charged on the CIF value plus duty.
landed-basis-import-vat-recoverable = VAT-registered buyers can usually reclaim import VAT.
landed-basis-intra-eu-reverse-charge = Within the EU: no customs duty; VAT is reverse-charged by the buyer.
landed-basis-domestic = Same country: no customs at all.
landed-basis-converted-once = Amounts converted once into your currency, rounded half away from zero.
landed-basis-window-is-lead-time-plus-transit = The delivery window is the production lead time plus transit and customs clearance.
