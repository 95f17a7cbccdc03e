# The frame of the app: header, footer, shared states and errors.

app-name = Tradefair
app-tagline = Wholesale from verified suppliers worldwide
# Shown by index.html before the app runs (scripts/harden.mjs copies it in at build time).
boot-failed = Tradefair could not start: a file arrived damaged or incomplete. Reload the page to try again.
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-catalog = Catalog
nav-expo = Expo
nav-quotes = Quotes
nav-orders = Orders

header-search-label = Search products
header-search-placeholder = Search products, e.g. LED panel
header-search-submit = Search
header-language = Language
header-currency = Currency
header-cart =
    { $count ->
        [0] Cart, empty
        [one] Cart, { $count } line
       *[other] Cart, { $count } lines
    }

# Language names are written in their own language, so a buyer finds theirs.
lang-en = English
lang-zh-CN = 简体中文
lang-es = Español
lang-de = Deutsch
lang-ar = العربية
lang-fr = Français

footer-demo = Demo data generated in your browser: no server needed.
footer-http = Live data from { $server }.
footer-rates = Exchange rates as of { $date }.
footer-rounding = Converted prices are rounded to the nearest minor unit of the display currency (half away from zero).

loading = Loading…
loading-locale = Loading { $language }…
error-title = Something went wrong
error-retry = Try again
error-network = We could not reach the server. Check your connection, then try again.
error-timeout = The server took too long to answer. Please try again.
error-not-found = We could not find what you were looking for.
error-http = The server could not answer (error { $status }).
error-malformed = The server sent an answer we could not read.
error-too-large = The server sent far more data than expected, so it was not loaded. Please try again later.
error-panic = Something went wrong and this page stopped working. Your cart and drafts are saved in this browser.
error-panic-reload = Reload the page
error-config = The app is not set up correctly: its configuration could not be read.
error-server-says = Server message: { $message }
error-locale = This language could not be loaded. The page stays in the current language.
offline-note = You're offline. Pages you visited before still open; changes to your cart are kept and sent when you're back online.
error-validation = Some details need correcting. Check the highlighted fields.
error-conflict = This checkout was already used for a different order. Review your cart, then start the checkout again.
error-price-changed = Prices or availability changed since you last checked. Review the new prices before you confirm: nothing was ordered.
error-quote-expired = This quote has expired. Ask the supplier for a new one.

not-found-title = Page not found
not-found-body = There is no page at { $path }. The link may be mistyped, or the page may have moved.
not-found-home = Go to the home page
not-found-catalog = Browse the catalog

fallback-english = English original: not yet translated
verified = Verified
error-unauthenticated = You are not signed in, or your session has ended. Sign in again: nothing you entered is lost.
error-forbidden = This account cannot do that. Sign in as the booth's exhibitor.
nav-sign-in = Sign in
nav-exhibitor = Exhibitor console
nav-sign-out = Sign out
