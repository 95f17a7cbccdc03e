## Expo

expo-title = Virtual expo
expo-intro = Visit exhibitors’ booths, watch live sessions and book meetings at times that suit both of you.
expo-tab-hall = Hall
expo-tab-schedule = Schedule
expo-halls = Halls
expo-all-halls = All halls
expo-hall-counts =
    { $booths ->
        [one] { $booths } booth
       *[other] { $booths } booths
    }, { $live } live
expo-filters = Filters
expo-filter-category = Category
expo-filter-country = Country
expo-filter-language = Language spoken
expo-filter-day = Day
expo-filter-hall = Hall
expo-any = Any
expo-any-day = Every day
expo-booths = Exhibitors
expo-booth-count =
    { $count ->
        [one] { $count } exhibitor
       *[other] { $count } exhibitors
    }
expo-no-booths = No exhibitor matches these filters.
expo-clear-filters = Clear filters
expo-live-now = Live now
expo-live-until = Live until { $time }
expo-next-session = Next session: { $time }
expo-no-session = No session scheduled
expo-sells = Sells:
# Between the items of a list (the languages a booth speaks, what it sells).
expo-list-separator = {", "}
expo-hall-name = Hall: { $hall }
expo-place = { $city }, { $country }
expo-verified = Verified
expo-verified-by = Verified by { $inspector }, valid until { $until }
expo-unverified = Not verified yet
expo-speaks = Speaks: { $languages }
expo-profile = Supplier profile
expo-offline-next = Offline. Next session: { $time }
expo-offline-none = Offline. No session scheduled.
expo-live-recorded = The exhibitor is presenting now: you are watching their recorded presentation.
expo-time-range = { $start } – { $end }
expo-time-exhibitor = Exhibitor’s time: { $time } ({ $zone })
expo-your-zone = Times are shown in your time zone ({ $zone }).
expo-session-count =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
expo-no-sessions = No sessions match.
expo-session-title = { $kind }: { $product }
expo-kind-product-launch = Product launch
expo-kind-factory-tour = Factory tour
expo-kind-live-demo = Live demo
expo-kind-q-and-a = Questions and answers
expo-add-to-calendar = Add to calendar
expo-save = Remind me
expo-saved = Reminder set
expo-reminder = Starting now: { $exhibitor } – { $title }
expo-reminder-join = Go to the booth
expo-reminder-dismiss = Dismiss
expo-ics-session = { $exhibitor }: { $title }
expo-ics-session-body = Live session at the booth of { $exhibitor } on Tradefair.
expo-ics-meeting = Meeting with { $exhibitor } (Tradefair)
expo-booth-sessions = Sessions
expo-brochures = Brochures and spec sheets
expo-brochures-empty = This exhibitor has no documents to download.
expo-brochure-catalogue = Product catalogue (PDF)
expo-brochure-spec-sheet = Specification sheet (PDF)
expo-brochure-meta = PDF, { $size } KB
expo-meeting-title = Book a meeting
expo-meeting-intro = Free times of { $exhibitor }, in your time zone with the exhibitor’s below:
expo-meeting-zones = Your time zone: { $buyer }. Exhibitor’s time zone: { $exhibitor }.
expo-only-both-working = Only times when both of you are in working hours
expo-both-working = Both in working hours
expo-slot-exhibitor = Exhibitor: { $time }
expo-no-slots = No free times in the coming week.
expo-meeting-note = What would you like to discuss? (optional)
expo-book = Book this time
expo-booking = Booking…
expo-meeting-booked = Meeting booked
expo-error-choose-slot = Choose a time first.
expo-error-slot-taken = That time was just taken. Please choose another.
expo-error-too-long = Use at most { $max } characters.
expo-card-title = Exchange business cards
expo-card-intro = Choose what { $exhibitor } may see. Nothing is shared until you agree below.
expo-card-choose = Details to share
expo-card-share-field = Share my { $field }
expo-card-name = Name
expo-card-company = Company
expo-card-job-title = Job title
expo-card-email = Email
expo-card-phone = Phone
expo-card-consent = I agree to share the selected details with { $exhibitor }, and I can withdraw them at any time.
expo-card-share = Share my card
expo-card-shared = Shared with { $exhibitor } on { $time }:
expo-card-withdraw = Withdraw my card
expo-card-shared-notice = Your card was shared.
expo-card-withdrawn-notice = Your card was withdrawn; the exhibitor no longer has it.
expo-error-consent = Tick the box to agree before sharing.
expo-error-no-fields = Choose at least one detail to share.
expo-error-email = Enter an email address like name@company.com.
expo-error-phone = Enter a phone number with 6 to 20 digits.
expo-error-invalid = Check this value.

## Live player

live-region = Booth video
live-video-label = Live video from the booth
live-recording-label = Recorded video from the booth
live-badge-live = Live
live-badge-recording = Recording
live-viewers =
    { $count ->
        [one] { $count } viewer
       *[other] { $count } viewers
    }
live-connecting = Connecting to the live stream…
live-playing = You are watching the live stream.
live-waiting = The live stream has not started yet.
live-reconnecting = The live stream was interrupted. Reconnecting…
live-ended = This live session has ended.
live-retry-in =
    { $seconds ->
        [one] Trying again in { $seconds } second.
       *[other] Trying again in { $seconds } seconds.
    }
live-retry-now = Try now
live-sound-on = Turn sound on
live-sound-off = Turn sound off
live-captions = Captions
live-captions-off = Off
expo-home-none-live = No booth is live right now.
expo-home-visit = Visit the virtual expo
