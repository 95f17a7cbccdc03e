## Quotes

quotes-title = Requests for quotation
quotes-intro = Ask suppliers for a price on your quantity, compare their quotes side by side, and accept the best one.
quotes-list-title = Your requests
quotes-empty-title = No requests yet
quotes-empty-body = Requests you send appear here, with the suppliers' quotes as they arrive.

## Links from the product page and the cart

rfq-link-product = Request a quote
rfq-link-supplier = Request a quote for these products
rfq-link-cart = Request a quote for the whole cart

## The new-request form

rfq-form-title = New request for quotation
rfq-form-start = Start a request from a product page or from your cart: the products and quantities are filled in for you.
rfq-form-browse = Browse the catalog
rfq-products = Products
rfq-quantity = Quantity
rfq-moq = minimum order { $quantity }
rfq-remove-product = Remove from request
rfq-suppliers = Also ask other suppliers
rfq-suppliers-note = The product's own supplier is always asked. Tick others in the same category to compare more offers.
rfq-suppliers-none = No other suppliers in this category.
rfq-target-price = Target unit price (optional)
rfq-target-currency = Currency of the target price
rfq-target-price-hint = The price per unit you hope to pay, for example 1.25. Suppliers see it; leave it empty to let them offer.
rfq-destination = Destination country
rfq-destination-choose = Choose a country
rfq-incoterm = Incoterm
rfq-needed-by = Needed by
rfq-message = Message to the supplier (optional)
rfq-attachments = Attachment names (optional)
rfq-attachments-hint = One file name per line, for example spec.pdf. Files are not uploaded: only their names are sent, and you share the files with the supplier in the chat once they answer.
rfq-draft-kept = Your unsent request is kept on this device, so you can leave and come back.
rfq-send = Send request
rfq-sending = Sending…
rfq-discard = Discard request
rfq-sent-notice =
    { $count ->
        [one] Request sent to { $count } supplier. Quotes appear below as they arrive.
       *[other] Request sent to { $count } suppliers. Quotes appear below as they arrive.
    }

## Field errors

rfq-error-items = Add at least one product to the request.
rfq-error-items-unavailable = A product of this request could not be loaded. Remove it, or try again later.
rfq-error-suppliers = Ask at most 10 suppliers in one request.
rfq-error-quantity-required = Enter a quantity of at least 1.
rfq-error-quantity = Enter the quantity as a whole number, for example 500.
rfq-error-target-price = Enter the target price as a positive amount with at most the currency's decimals, for example 1.25, or leave it empty.
rfq-error-destination = Choose the country the goods go to.
rfq-error-destination-invalid = Choose a country from the list.
rfq-error-needed-by = Enter the date you need the goods by.
rfq-error-needed-by-past = The date cannot be in the past.
rfq-error-needed-by-invalid = Enter a date such as 2027-01-31.
rfq-error-attachments = List at most 10 file names of up to 200 characters each.
rfq-error-too-long = This is too long: keep it under 2,000 characters.
rfq-error-required = This field is required.
rfq-error-invalid = This value is not valid.

## An RFQ in the list

rfq-status-waiting = Waiting for quotes
rfq-status-quoted =
    { $count ->
        [one] { $count } quote
       *[other] { $count } quotes
    }
rfq-status-accepted = Quote accepted
rfq-status-declined = No quotes
rfq-sent = Sent
rfq-attachments-listed = Attachments named:
rfq-waiting-label = Suppliers that answered
rfq-waiting = Waiting for quotes: { $answered } of { $asked } suppliers answered. This page updates by itself.
rfq-none-quoted = None of the suppliers asked had a matching product to quote.
rfq-some-declined =
    { $count ->
        [one] { $count } supplier had no matching product and did not quote.
       *[other] { $count } suppliers had no matching product and did not quote.
    }

## Comparison

quotes-compare-caption = Quotes compared in { $currency }
quotes-col-supplier = Supplier
quotes-col-unit-price = Unit price
quotes-col-total = Total
quotes-col-incoterm = Incoterm
quotes-col-lead-time = Lead time
quotes-col-valid-until = Valid until
quotes-col-action = Action
quotes-quantity = Quantity { $count }
quotes-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
quotes-best-price = Best price
quotes-best-lead-time = Fastest
quotes-best-expiry = Valid longest
quotes-mixed-incoterms = These quotes use different Incoterms, so their prices include different services (freight, insurance, duties). Compare the Incoterm column too.
quotes-normalised = Prices converted into { $currency } at today's rates; the supplier's own price is shown below when it differs.
quotes-no-rate = These quotes cannot be compared: an exchange rate is missing.
quotes-accept = Accept
quotes-accept-from = Accept the quote from { $supplier }
quotes-accepted = Accepted
quotes-view-cart = View cart
quotes-expired = Expired on { $date }: this quote can no longer be accepted. Send a new request for a fresh price.
quotes-added-to-cart = Added to your cart: { $quantity } at { $price } each, the quoted price, valid until { $date }.
