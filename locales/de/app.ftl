# The frame of the app: header, footer, shared states and errors.

app-name = Tradefair
app-tagline = Großhandel direkt von geprüften Lieferanten weltweit
# Shown by index.html before the app runs (scripts/harden.mjs copies it in at build time).
boot-failed = Tradefair konnte nicht starten: Eine Datei kam beschädigt oder unvollständig an. Laden Sie die Seite neu, um es erneut zu versuchen.
skip-to-content = Zum Hauptinhalt springen
nav-label = Hauptmenü
nav-home = Startseite
nav-catalog = Katalog
nav-expo = Messe
nav-quotes = Angebote
nav-orders = Bestellungen

header-search-label = Produkte suchen
header-search-placeholder = Produkte suchen, z. B. LED-Panel
header-search-submit = Suchen
header-language = Sprache
header-currency = Währung
header-cart =
    { $count ->
        [0] Warenkorb, leer
        [one] Warenkorb, { $count } Position
       *[other] Warenkorb, { $count } Positionen
    }

# Language names are written in their own language, so a buyer finds theirs.
lang-en = English
lang-zh-CN = 简体中文
lang-es = Español
lang-de = Deutsch
lang-ar = العربية
lang-fr = Français

footer-demo = Demodaten, in Ihrem Browser erzeugt: kein Server erforderlich.
footer-http = Live-Daten von { $server }.
footer-rates = Stand der Wechselkurse: { $date }.
footer-rounding = Umgerechnete Preise werden auf die kleinste Einheit der Anzeigewährung gerundet (bei genau der Hälfte von null weg).

loading = Wird geladen…
loading-locale = { $language } wird geladen…
error-title = Etwas ist schiefgelaufen
error-retry = Erneut versuchen
error-network = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.
error-timeout = Der Server hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es erneut.
error-not-found = Wir konnten nicht finden, wonach Sie gesucht haben.
error-http = Der Server konnte nicht antworten (Fehler { $status }).
error-malformed = Der Server hat eine Antwort gesendet, die wir nicht lesen konnten.
error-too-large = Der Server hat weit mehr Daten als erwartet gesendet; sie wurden nicht geladen. Bitte versuchen Sie es später erneut.
error-panic = Etwas ist schiefgelaufen und diese Seite funktioniert nicht mehr. Ihr Warenkorb und Ihre Entwürfe sind in diesem Browser gespeichert.
error-panic-reload = Seite neu laden
error-config = Die App ist nicht richtig eingerichtet: Die Konfiguration konnte nicht gelesen werden.
error-server-says = Meldung des Servers: { $message }
error-locale = Diese Sprache konnte nicht geladen werden. Die Seite bleibt in der aktuellen Sprache.
offline-note = Sie sind offline. Bereits besuchte Seiten lassen sich weiter öffnen; Änderungen am Warenkorb bleiben erhalten und werden gesendet, sobald Sie wieder online sind.
error-validation = Einige Angaben müssen korrigiert werden. Bitte prüfen Sie die markierten Felder.
error-conflict = Dieser Bestellvorgang wurde bereits für eine andere Bestellung verwendet. Prüfen Sie Ihren Warenkorb und starten Sie die Bestellung erneut.
error-price-changed = Preise oder Verfügbarkeit haben sich seit Ihrer letzten Prüfung geändert. Prüfen Sie die neuen Preise, bevor Sie bestätigen: Es wurde nichts bestellt.
error-quote-expired = Dieses Angebot ist abgelaufen. Fordern Sie beim Lieferanten ein neues an.

not-found-title = Seite nicht gefunden
not-found-body = Unter { $path } gibt es keine Seite. Möglicherweise ist der Link falsch geschrieben oder die Seite wurde verschoben.
not-found-home = Zur Startseite
not-found-catalog = Katalog durchsuchen

fallback-english = Englisches Original: noch nicht übersetzt
verified = Geprüft
error-unauthenticated = Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an: Ihre Eingaben bleiben erhalten.
error-forbidden = Dieses Konto darf das nicht. Melden Sie sich als Aussteller dieses Stands an.
nav-sign-in = Anmelden
nav-exhibitor = Aussteller-Konsole
nav-sign-out = Abmelden
