## Expo

expo-title = Virtuelle Messe

## Live player

live-region = Standvideo
live-video-label = Livevideo vom Stand
live-recording-label = Aufgezeichnetes Video vom Stand
live-badge-live = Live
live-badge-recording = Aufzeichnung
live-viewers =
    { $count ->
        [one] { $count } Zuschauer
       *[other] { $count } Zuschauende
    }
live-connecting = Verbindung zum Livestream wird hergestellt…
live-playing = Sie sehen den Livestream.
live-waiting = Der Livestream hat noch nicht begonnen.
live-reconnecting = Die Verbindung zum Livestream ist abgebrochen. Neue Verbindung wird aufgebaut…
live-ended = Diese Live-Sitzung ist beendet.
live-retry-in =
    { $seconds ->
        [one] Nächster Versuch in { $seconds } Sekunde.
       *[other] Nächster Versuch in { $seconds } Sekunden.
    }
live-retry-now = Jetzt versuchen
live-sound-on = Ton einschalten
live-sound-off = Ton ausschalten
live-captions = Untertitel
live-captions-off = Aus

## Expo hall, schedule, booth

expo-intro = Besuchen Sie die Stände der Aussteller, verfolgen Sie Live-Sitzungen und vereinbaren Sie Termine, die für beide Seiten passen.
expo-tab-hall = Halle
expo-tab-schedule = Programm
expo-halls = Hallen
expo-all-halls = Alle Hallen
expo-hall-counts =
    { $booths ->
        [one] { $booths } Stand
       *[other] { $booths } Stände
    }, { $live } live
expo-filters = Filter
expo-filter-category = Kategorie
expo-filter-country = Land
expo-filter-language = Gesprochene Sprache
expo-filter-day = Tag
expo-filter-hall = Halle
expo-any = Alle
expo-any-day = Alle Tage
expo-booths = Aussteller
expo-booth-count =
    { $count ->
        [one] { $count } Aussteller
       *[other] { $count } Aussteller
    }
expo-no-booths = Kein Aussteller passt zu diesen Filtern.
expo-clear-filters = Filter zurücksetzen
expo-live-now = Jetzt live
expo-live-until = Live bis { $time }
expo-next-session = Nächste Sitzung: { $time }
expo-no-session = Keine Sitzung geplant
expo-sells = Verkauft:
expo-list-separator = {", "}
expo-hall-name = Halle: { $hall }
expo-place = { $city }, { $country }
expo-verified = Verifiziert
expo-verified-by = Verifiziert von { $inspector }, gültig bis { $until }
expo-unverified = Noch nicht verifiziert
expo-speaks = Spricht: { $languages }
expo-profile = Lieferantenprofil
expo-offline-next = Offline. Nächste Sitzung: { $time }
expo-offline-none = Offline. Keine Sitzung geplant.
expo-live-recorded = Der Aussteller präsentiert gerade: Sie sehen seine aufgezeichnete Präsentation.
expo-time-range = { $start } – { $end }
expo-time-exhibitor = Zeit des Ausstellers: { $time } ({ $zone })
expo-your-zone = Zeiten in Ihrer Zeitzone ({ $zone }).
expo-session-count =
    { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
expo-no-sessions = Keine passenden Sitzungen.
expo-session-title = { $kind }: { $product }
expo-kind-product-launch = Produktvorstellung
expo-kind-factory-tour = Werksführung
expo-kind-live-demo = Live-Vorführung
expo-kind-q-and-a = Fragen und Antworten
expo-add-to-calendar = Zum Kalender hinzufügen
expo-save = Erinnern
expo-saved = Erinnerung gesetzt
expo-reminder = Beginnt jetzt: { $exhibitor } – { $title }
expo-reminder-join = Zum Stand
expo-reminder-dismiss = Schließen
expo-ics-session = { $exhibitor }: { $title }
expo-ics-session-body = Live-Sitzung am Stand von { $exhibitor } auf Tradefair.
expo-ics-meeting = Termin mit { $exhibitor } (Tradefair)
expo-booth-sessions = Sitzungen
expo-brochures = Broschüren und Datenblätter
expo-brochures-empty = Dieser Aussteller bietet keine Dokumente zum Herunterladen an.
expo-brochure-catalogue = Produktkatalog (PDF)
expo-brochure-spec-sheet = Datenblatt (PDF)
expo-brochure-meta = PDF, { $size } KB
expo-meeting-title = Termin vereinbaren
expo-meeting-intro = Freie Zeiten von { $exhibitor }, in Ihrer Zeitzone und darunter in der des Ausstellers:
expo-meeting-zones = Ihre Zeitzone: { $buyer }. Zeitzone des Ausstellers: { $exhibitor }.
expo-only-both-working = Nur Zeiten, zu denen beide Seiten Arbeitszeit haben
expo-both-working = Arbeitszeit für beide
expo-slot-exhibitor = Aussteller: { $time }
expo-no-slots = In der kommenden Woche sind keine Zeiten frei.
expo-meeting-note = Worüber möchten Sie sprechen? (optional)
expo-book = Diese Zeit buchen
expo-booking = Wird gebucht…
expo-meeting-booked = Termin gebucht
expo-error-choose-slot = Wählen Sie zuerst eine Zeit.
expo-error-slot-taken = Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.
expo-error-too-long = Höchstens { $max } Zeichen.
expo-card-title = Visitenkarten austauschen
expo-card-intro = Legen Sie fest, was { $exhibitor } sehen darf. Nichts wird geteilt, bevor Sie unten zustimmen.
expo-card-choose = Zu teilende Angaben
expo-card-share-field = { $field } teilen
expo-card-name = Name
expo-card-company = Firma
expo-card-job-title = Position
expo-card-email = E-Mail
expo-card-phone = Telefon
expo-card-consent = Ich bin einverstanden, die ausgewählten Angaben mit { $exhibitor } zu teilen, und kann sie jederzeit zurückziehen.
expo-card-share = Visitenkarte teilen
expo-card-shared = Mit { $exhibitor } geteilt am { $time }:
expo-card-withdraw = Visitenkarte zurückziehen
expo-card-shared-notice = Ihre Visitenkarte wurde geteilt.
expo-card-withdrawn-notice = Ihre Visitenkarte wurde zurückgezogen; der Aussteller hat sie nicht mehr.
expo-error-consent = Setzen Sie vor dem Teilen das Häkchen zur Zustimmung.
expo-error-no-fields = Wählen Sie mindestens eine Angabe zum Teilen.
expo-error-email = Geben Sie eine E-Mail-Adresse wie name@firma.de ein.
expo-error-phone = Geben Sie eine Telefonnummer mit 6 bis 20 Ziffern ein.
expo-error-invalid = Bitte prüfen Sie diesen Wert.
expo-home-none-live = Gerade ist kein Stand live.
expo-home-visit = Zur virtuellen Messe
