# The exhibitor console (/exhibitor) and sign-in (/sign-in).

exhibitor-title = Exhibitor console
sign-in-title = Sign in

## Sign-in, the console shell and leads (helper D)

sign-in-intro = Exhibitors sign in here to run their booth: go live, edit the booth, follow up leads and answer RFQs.
sign-in-email = Email
sign-in-password = Password
sign-in-show-password = Show password
sign-in-submit = Sign in
sign-in-busy = Signing in…
sign-in-signing-out = Signing out…
sign-in-error-email-required = Enter your email address.
sign-in-error-password-required = Enter your password.
sign-in-error-invalid = That email and password do not match an account. Check them and try again.
sign-in-signed-in-as = You are signed in as { $name } ({ $email }).
sign-in-role-buyer = Buyer
sign-in-role-exhibitor = Exhibitor
sign-in-demo-title = Demo accounts
sign-in-demo-intro = This is the demo: try the console with one of these accounts. Their passwords are public.
sign-in-demo-exhibitor = Exhibitor of booth { $booth }
sign-in-demo-use = Use this account
console-signed-in-as = Signed in as { $name }
console-redirecting = Taking you to sign-in…
console-tabs = Console sections
console-tab-live = Live
console-tab-booth = Booth
console-tab-leads = Leads
console-tab-rfqs = RFQs
console-booth = Your booth:
console-booth-number = Booth { $id }
console-view-booth = See your booth as buyers do
console-not-exhibitor-title = This console is for exhibitors
console-not-exhibitor = You are signed in as { $name } ({ $email }), a buyer account. Sign in with the exhibitor account of a booth to use the console.
console-switch-account = Sign in with another account
leads-title = Leads
leads-intro = Buyers who shared a card, booked a meeting, asked a question or sent an RFQ, most recent first. Watching and brochure downloads show only for buyers who shared their card.
leads-empty = No leads yet. Buyers who share a card, book a meeting, ask a question or send an RFQ appear here.
leads-filters = Filter leads
leads-filter-text = Search
leads-filter-status = Status
leads-filter-kind = Activity
leads-filter-any = Any
leads-count = Leads shown: { $shown } of { $total }
leads-export = Export CSV
leads-no-match = No lead matches these filters.
leads-clear-filters = Clear filters
leads-unnamed = Buyer (no name given)
leads-consent-yes = Shared a card
leads-consent-no = No card shared
leads-consent-note = This buyer has not shared a card, so watching and downloads are not shown.
leads-company = Company
leads-country = Country
leads-email = Email
leads-phone = Phone
leads-activities = What they did
leads-status = Status
leads-notes = Notes
leads-save = Save
leads-saving = Saving…
leads-saved = Saved.
leads-notes-too-long = Notes can be at most { $max } characters.
leads-notes-invalid = These notes could not be saved. Check them and try again.
leads-status-new = New
leads-status-contacted = Contacted
leads-status-qualified = Qualified
leads-status-won = Won
leads-status-lost = Lost
leads-kind-card = Shared a card
leads-kind-meeting = Booked a meeting
leads-kind-question = Asked a question
leads-kind-rfq = Sent an RFQ
leads-kind-watched = Watched the stream
leads-kind-brochure = Downloaded a brochure
leads-activity-card = Shared their business card
leads-activity-meeting = Booked a meeting for { $time }
leads-activity-question = Asked:
leads-activity-rfq = Sent an RFQ for { $quantity } ×
leads-activity-watched = { $minutes ->
        [one] Watched the stream for { $minutes } minute
       *[other] Watched the stream for { $minutes } minutes
    }
leads-activity-brochure = Downloaded the brochure
leads-product-fallback = product { $id }

## Booth editor (helper E)
editor-title = Booth profile
editor-unsaved = Unsaved changes
editor-no-changes = No unsaved changes
editor-draft-restored = Your unsaved changes from last time are back.
editor-draft-kept = Changes are kept on this device until you save them.
editor-errors-summary = { $count ->
        [one] { $count } field needs correcting.
       *[other] { $count } fields need correcting.
    }
editor-saved = Saved. Buyers now see your booth with these changes.
editor-view-public = See your booth as buyers see it
editor-save = Save profile
editor-saving = Saving…
editor-discard = Discard changes
editor-texts-title = Description
editor-texts-complete = Your description is written in every language of the expo.
editor-texts-missing = { $count ->
        [one] Missing in { $count } language: { $languages }.
       *[other] Missing in { $count } languages: { $languages }.
    }
editor-texts-fallback = Buyers reading those languages see the English description.
editor-texts-add = Add { $language } translation
editor-text-label = Description in { $language }
editor-text-count = { $count } of { $max } characters
editor-texts-remove = Remove the { $language } translation
editor-featured-title = Featured products
editor-featured-note = Up to { $max } of your products, shown in this order on your booth.
editor-featured-empty = No featured products yet.
editor-featured-up = Move { $product } up
editor-featured-down = Move { $product } down
editor-featured-remove = Remove { $product }
editor-remove = Remove
editor-featured-choose = Product to feature
editor-featured-pick = Choose a product
editor-featured-add = Add to featured
editor-featured-full = The list is full: remove a product to add another (at most { $max }).
editor-brochures-title = Brochures
editor-brochures-note = Choose which of your documents buyers can download from your booth.
editor-brochure-include = Offer on your booth: { $document }
editor-sessions-title = Session schedule
editor-sessions-zone = Dates and times are in your booth's time zone: { $zone }.
editor-sessions-empty = No sessions planned.
editor-session-row = Session { $row }
editor-session-kind = Kind of session
editor-session-product = Product presented
editor-session-product-pick = Choose a product
editor-session-date = Date
editor-session-start = Start time
editor-session-duration = Length
editor-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
editor-session-offset = { $zone }, UTC{ $offset } on this date.
editor-session-incomplete = Enter a date and a start time to see when buyers will see it.
editor-session-preview = Starts { $utc }, which is { $local } for you ({ $viewer_zone }).
editor-session-remove = Remove session { $row }
editor-session-add = Add a session
editor-hours-title = Meeting hours
editor-hours-note = Buyers can book meetings Monday to Friday within these hours ({ $zone }).
editor-hours-start = Working hours start
editor-hours-end = Working hours end
editor-slot-length = Meeting slot length
editor-error-too-long = This text is too long: at most { $max } characters.
editor-error-duplicate = This appears twice.
editor-error-too-many = At most { $max } products can be featured.
editor-error-too-many-sessions = There are too many sessions: remove some.
editor-error-not-offered = This product is not one of yours.
editor-error-brochure = This document is not one of your booth's documents.
editor-error-time-zone = The booth's time zone is not known.
editor-error-product = Choose the product this session presents.
editor-error-required = Fill in this field.
editor-error-date = Enter a valid date.
editor-error-overlaps = This session overlaps another one.
editor-error-time = Enter a time between 00:00 and 23:59.
editor-error-duration = A session lasts between 15 and 240 minutes.
editor-error-hours = The end of working hours must be after the start.
editor-error-slot = Choose a slot length of 15, 30, 45 or 60 minutes.
editor-error-invalid = Check this field.

## RFQ inbox (helper E)
inbox-title = Requests for quotation
inbox-intro = Requests buyers sent to your company, newest first. Answer with your prices; buyers see them in their own currency.
inbox-empty = No requests for quotation yet.
inbox-answered = Answered
inbox-awaiting = Awaiting your answer
inbox-received = Received { $date }
inbox-quantity = Quantity
inbox-target-price = Target unit price
inbox-no-target = None given
inbox-destination = Destination
inbox-incoterm = Incoterm
inbox-needed-by = Needed by
inbox-message = Buyer's message
inbox-no-message = No message.
inbox-attachments = Attachments
inbox-no-attachments = No attachments.
inbox-answer-open = Answer this request
inbox-answer-close = Close the answer form
inbox-answer-title = Your quote
inbox-answer-currency = Prices are in your currency: { $currency } ({ $code }).
inbox-tiers = Price tiers
inbox-tier-min-qty = From quantity
inbox-tier-unit-price = Unit price ({ $code })
inbox-tier-actions = Actions
inbox-tier-min-qty-row = From quantity, tier { $row }
inbox-tier-unit-price-row = Unit price in { $code }, tier { $row }
inbox-tier-remove = Remove tier { $row }
inbox-tier-add = Add a tier
inbox-lead-time = Lead time (days)
inbox-expires-on = Valid until
inbox-note = Note to the buyer (optional)
inbox-already-answered = You have already answered this request.
inbox-draft-kept = Your unsent answer is kept on this device.
inbox-send = Send quote
inbox-sending = Sending…
inbox-your-quote = Your quote
inbox-quote-unit = Unit price for the requested quantity:
inbox-lead-time-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
inbox-error-tiers = Add at least one price tier.
inbox-error-required = Fill in this field.
inbox-error-not-ascending = Each tier must start at a higher quantity than the one before.
inbox-error-above-quantity = The first tier must start at or below the requested quantity.
inbox-error-quantity = Enter a whole number of units.
inbox-error-price = Enter a unit price above zero, such as 12.50.
inbox-error-lead-time = Enter a lead time of 1 to 365 days.
inbox-error-expires-past = The quote must be valid after today.
inbox-error-date = Enter a valid date.
inbox-error-too-long = This text is too long.
inbox-error-invalid = Check this field.

## Live tab (/exhibitor): going live and running the booth during the stream.
live-devices-title = Camera and microphone
live-preview-label = Preview of what you send
live-camera-ask = To go live, allow this page to use your camera and microphone. Your browser will ask you.
live-camera-allow = Turn on camera and microphone
live-camera-opening = Opening the camera…
live-camera-retry = Try again
live-camera = Camera
live-microphone = Microphone
live-camera-unnamed = Camera { $number }
live-microphone-unnamed = Microphone { $number }
live-no-camera = No camera found
live-no-microphone = No microphone found
live-resolution = Resolution
live-resolution-360 = 360p (slow connections)
live-resolution-720 = 720p (recommended)
live-resolution-1080 = 1080p (fast connections)
live-mic-level = Microphone level
live-mic-level-value = Level { $level } of 100
live-share-screen = Share screen for slides
live-back-to-camera = Back to camera
live-on-air-camera = On air: camera
live-on-air-screen = On air: shared screen
live-preview-camera = Preview: camera
live-preview-screen = Preview: shared screen
live-device-denied = Access to the camera or microphone was refused. Allow it in your browser’s site settings, then try again.
live-device-missing = No camera or microphone was found. Connect one and try again.
live-device-busy = The camera or microphone is in use by another application. Close it and try again.
live-device-resolution = The camera cannot deliver this resolution. Choose a lower one.
live-device-unsupported = This browser cannot use a camera on this page. Use a current browser over a secure (https) connection.
live-device-failed = The camera or microphone could not be started. Try again.
live-broadcast-title = Broadcast
live-state-off = Off air
live-state-starting = Connecting to the media server…
live-state-live = On air
live-state-reconnecting = Connection lost. Reconnecting (attempt { $attempt })…
live-state-stopping = Stopping…
live-go = Go live
live-stop = Stop
live-no-media-server = Going live needs a media server, and this backend has none.
live-no-media-server-explained = Live video cannot be published with this backend: it has no media server. You can still check your camera and microphone, and run the booth’s chat, questions and pinned products.
live-need-camera = Turn on the camera first.
live-error-refused = The media server refused the stream key. Reload the page and try again.
live-error-unreachable = The media server cannot be reached. Check your connection and try again.
live-error-media-server = The media server answered with an error ({ $status }). Try again in a moment.
live-error-browser = Your browser could not set up the stream. Try again or use another browser.
live-error-backend = The booth could not be updated: { $reason }
live-elapsed = Time on air
live-bitrate = Outgoing bitrate
live-viewers-now = Viewers
live-figure-none = —
live-bitrate-kbps = { $value } kbit/s
live-bitrate-mbps = { $value } Mbit/s
live-pins-title = Your products
live-pins-hint = A pinned product appears at once in the buyers’ “Pinned” tab.
live-pins-empty = Your catalog has no products yet.
live-pin = Pin
live-unpin = Unpin
live-pin-named = Pin { $name }
live-unpin-named = Unpin { $name }
live-pinned-badge = Pinned
live-pin-error = The pin could not be changed: { $reason }
live-questions-title = { $open ->
    [0] Questions: none open
    [one] Questions: 1 open
   *[other] Questions: { $open } open
}
live-questions-empty = No questions yet.
live-question-votes = { $count ->
    [one] 1 vote
   *[other] { $count } votes
}
live-mark-answered = Mark answered
live-mark-answered-named = Mark answered: { $question }
live-answered = Answered
live-answered-error = The question could not be marked answered: { $reason }
live-chat-title = Chat
live-reply-label = Your reply (shown as the exhibitor)
live-reply-send = Send reply
live-reply-error = Your reply was not sent: { $reason }
live-watching-title = Watching now
live-watching-count = { $count ->
    [one] 1 viewer
   *[other] { $count } viewers
}
live-watching-unknown = The number of viewers shows while you are on air with a media server that reports it.
live-watchers-title = Buyers who watched
live-watchers-hint = Only buyers who shared their business card with your booth are listed.
live-watchers-empty = No buyer who shared a card has watched yet.
live-watcher-unnamed = Buyer
live-watched-minutes = { $minutes ->
    [one] Watched 1 minute
   *[other] Watched { $minutes } minutes
}
live-follow-up = Follow up
live-follow-up-named = Follow up with { $name }
