# The exhibitor console (/exhibitor) and sign-in (/sign-in).

exhibitor-title = Aussteller-Konsole
sign-in-title = Anmelden

## Sign-in, the console shell and leads (helper D)

sign-in-intro = Aussteller melden sich hier an, um ihren Stand zu betreuen: live gehen, den Stand bearbeiten, Leads nachverfolgen und Anfragen beantworten.
sign-in-email = E-Mail
sign-in-password = Passwort
sign-in-show-password = Passwort anzeigen
sign-in-submit = Anmelden
sign-in-busy = Anmeldung läuft…
sign-in-signing-out = Abmeldung läuft…
sign-in-error-email-required = Geben Sie Ihre E-Mail-Adresse ein.
sign-in-error-password-required = Geben Sie Ihr Passwort ein.
sign-in-error-invalid = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto. Prüfen Sie beides und versuchen Sie es erneut.
sign-in-signed-in-as = Sie sind angemeldet als { $name } ({ $email }).
sign-in-role-buyer = Einkäufer
sign-in-role-exhibitor = Aussteller
sign-in-demo-title = Demo-Konten
sign-in-demo-intro = Dies ist die Demo: Probieren Sie die Konsole mit einem dieser Konten aus. Die Passwörter sind öffentlich.
sign-in-demo-exhibitor = Aussteller von Stand { $booth }
sign-in-demo-use = Dieses Konto verwenden
console-signed-in-as = Angemeldet als { $name }
console-redirecting = Weiter zur Anmeldung…
console-tabs = Bereiche der Konsole
console-tab-live = Live
console-tab-booth = Stand
console-tab-leads = Leads
console-tab-rfqs = Anfragen
console-booth = Ihr Stand:
console-booth-number = Stand { $id }
console-view-booth = Ihren Stand so sehen, wie Einkäufer ihn sehen
console-not-exhibitor-title = Diese Konsole ist für Aussteller
console-not-exhibitor = Sie sind als { $name } ({ $email }) angemeldet, einem Einkäuferkonto. Melden Sie sich mit dem Ausstellerkonto eines Stands an, um die Konsole zu nutzen.
console-switch-account = Mit einem anderen Konto anmelden
leads-title = Leads
leads-intro = Einkäufer, die eine Visitenkarte geteilt, einen Termin gebucht, eine Frage gestellt oder eine Anfrage gesendet haben, die neuesten zuerst. Zuschauen und Broschüren-Downloads erscheinen nur bei Einkäufern, die ihre Karte geteilt haben.
leads-empty = Noch keine Leads. Einkäufer, die eine Karte teilen, einen Termin buchen, eine Frage stellen oder eine Anfrage senden, erscheinen hier.
leads-filters = Leads filtern
leads-filter-text = Suche
leads-filter-status = Status
leads-filter-kind = Aktivität
leads-filter-any = Alle
leads-count = Angezeigte Leads: { $shown } von { $total }
leads-export = Als CSV exportieren
leads-no-match = Kein Lead passt zu diesen Filtern.
leads-clear-filters = Filter zurücksetzen
leads-unnamed = Einkäufer (ohne Namen)
leads-consent-yes = Karte geteilt
leads-consent-no = Keine Karte geteilt
leads-consent-note = Dieser Einkäufer hat keine Karte geteilt, daher werden Zuschauen und Downloads nicht angezeigt.
leads-company = Firma
leads-country = Land
leads-email = E-Mail
leads-phone = Telefon
leads-activities = Aktivitäten
leads-status = Status
leads-notes = Notizen
leads-save = Speichern
leads-saving = Wird gespeichert…
leads-saved = Gespeichert.
leads-notes-too-long = Notizen dürfen höchstens { $max } Zeichen lang sein.
leads-notes-invalid = Diese Notizen konnten nicht gespeichert werden. Prüfen Sie sie und versuchen Sie es erneut.
leads-status-new = Neu
leads-status-contacted = Kontaktiert
leads-status-qualified = Qualifiziert
leads-status-won = Gewonnen
leads-status-lost = Verloren
leads-kind-card = Karte geteilt
leads-kind-meeting = Termin gebucht
leads-kind-question = Frage gestellt
leads-kind-rfq = Anfrage gesendet
leads-kind-watched = Stream angesehen
leads-kind-brochure = Broschüre heruntergeladen
leads-activity-card = Hat die Visitenkarte geteilt
leads-activity-meeting = Hat einen Termin gebucht für { $time }
leads-activity-question = Hat gefragt:
leads-activity-rfq = Hat eine Anfrage gesendet über { $quantity } ×
leads-activity-watched = { $minutes ->
        [one] Hat den Stream { $minutes } Minute lang angesehen
       *[other] Hat den Stream { $minutes } Minuten lang angesehen
    }
leads-activity-brochure = Hat die Broschüre heruntergeladen
leads-product-fallback = Produkt { $id }

## Standeditor (Helfer E)
editor-title = Standprofil
editor-unsaved = Ungespeicherte Änderungen
editor-no-changes = Keine ungespeicherten Änderungen
editor-draft-restored = Ihre ungespeicherten Änderungen vom letzten Mal sind wieder da.
editor-draft-kept = Änderungen bleiben auf diesem Gerät erhalten, bis Sie sie speichern.
editor-errors-summary = { $count ->
        [one] { $count } Feld muss korrigiert werden.
       *[other] { $count } Felder müssen korrigiert werden.
    }
editor-saved = Gespeichert. Einkäufer sehen Ihren Stand jetzt mit diesen Änderungen.
editor-view-public = Ihren Stand so sehen, wie Einkäufer ihn sehen
editor-save = Profil speichern
editor-saving = Wird gespeichert …
editor-discard = Änderungen verwerfen
editor-texts-title = Beschreibung
editor-texts-complete = Ihre Beschreibung liegt in allen Sprachen der Messe vor.
editor-texts-missing = { $count ->
        [one] Fehlt in { $count } Sprache: { $languages }.
       *[other] Fehlt in { $count } Sprachen: { $languages }.
    }
editor-texts-fallback = Einkäufer, die diese Sprachen lesen, sehen die englische Beschreibung.
editor-texts-add = Übersetzung auf { $language } hinzufügen
editor-text-label = Beschreibung auf { $language }
editor-text-count = { $count } von { $max } Zeichen
editor-texts-remove = Übersetzung auf { $language } entfernen
editor-featured-title = Hervorgehobene Produkte
editor-featured-note = Bis zu { $max } Ihrer Produkte, in dieser Reihenfolge an Ihrem Stand gezeigt.
editor-featured-empty = Noch keine hervorgehobenen Produkte.
editor-featured-up = Nach oben: { $product }
editor-featured-down = Nach unten: { $product }
editor-featured-remove = { $product } entfernen
editor-remove = Entfernen
editor-featured-choose = Hervorzuhebendes Produkt
editor-featured-pick = Produkt auswählen
editor-featured-add = Hervorheben
editor-featured-full = Die Liste ist voll: Entfernen Sie ein Produkt, um ein anderes hinzuzufügen (höchstens { $max }).
editor-brochures-title = Broschüren
editor-brochures-note = Wählen Sie, welche Ihrer Dokumente Einkäufer an Ihrem Stand herunterladen können.
editor-brochure-include = An Ihrem Stand anbieten: { $document }
editor-sessions-title = Sitzungsplan
editor-sessions-zone = Daten und Uhrzeiten gelten in der Zeitzone Ihres Stands: { $zone }.
editor-sessions-empty = Keine Sitzungen geplant.
editor-session-row = Sitzung { $row }
editor-session-kind = Art der Sitzung
editor-session-product = Vorgestelltes Produkt
editor-session-product-pick = Produkt auswählen
editor-session-date = Datum
editor-session-start = Beginn
editor-session-duration = Dauer
editor-minutes = { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
editor-session-offset = { $zone }, UTC{ $offset } an diesem Datum.
editor-session-incomplete = Geben Sie Datum und Beginn ein, um zu sehen, wann Einkäufer die Sitzung sehen.
editor-session-preview = Beginnt { $utc }, bei Ihnen { $local } ({ $viewer_zone }).
editor-session-remove = Sitzung { $row } entfernen
editor-session-add = Sitzung hinzufügen
editor-hours-title = Besprechungszeiten
editor-hours-note = Einkäufer können Montag bis Freitag innerhalb dieser Zeiten Termine buchen ({ $zone }).
editor-hours-start = Arbeitszeit von
editor-hours-end = Arbeitszeit bis
editor-slot-length = Länge eines Termins
editor-error-too-long = Dieser Text ist zu lang: höchstens { $max } Zeichen.
editor-error-duplicate = Dies ist doppelt vorhanden.
editor-error-too-many = Höchstens { $max } Produkte können hervorgehoben werden.
editor-error-too-many-sessions = Es sind zu viele Sitzungen geplant: Entfernen Sie einige.
editor-error-not-offered = Dieses Produkt gehört nicht zu Ihrem Sortiment.
editor-error-brochure = Dieses Dokument gehört nicht zu Ihrem Stand.
editor-error-time-zone = Die Zeitzone des Stands ist unbekannt.
editor-error-product = Wählen Sie das Produkt, das in dieser Sitzung vorgestellt wird.
editor-error-required = Bitte füllen Sie dieses Feld aus.
editor-error-date = Geben Sie ein gültiges Datum ein.
editor-error-overlaps = Diese Sitzung überschneidet sich mit einer anderen.
editor-error-time = Geben Sie eine Uhrzeit zwischen 00:00 und 23:59 ein.
editor-error-duration = Eine Sitzung dauert 15 bis 240 Minuten.
editor-error-hours = Das Ende der Arbeitszeit muss nach dem Beginn liegen.
editor-error-slot = Wählen Sie eine Termindauer von 15, 30, 45 oder 60 Minuten.
editor-error-invalid = Bitte prüfen Sie dieses Feld.

## Anfragen-Eingang (Helfer E)
inbox-title = Angebotsanfragen
inbox-intro = Anfragen, die Einkäufer an Ihr Unternehmen geschickt haben, die neuesten zuerst. Antworten Sie mit Ihren Preisen; Einkäufer sehen sie in ihrer eigenen Währung.
inbox-empty = Noch keine Angebotsanfragen.
inbox-answered = Beantwortet
inbox-awaiting = Wartet auf Ihre Antwort
inbox-received = Eingegangen am { $date }
inbox-quantity = Menge
inbox-target-price = Zielstückpreis
inbox-no-target = Nicht angegeben
inbox-destination = Zielland
inbox-incoterm = Incoterm
inbox-needed-by = Benötigt bis
inbox-message = Nachricht des Einkäufers
inbox-no-message = Keine Nachricht.
inbox-attachments = Anhänge
inbox-no-attachments = Keine Anhänge.
inbox-answer-open = Diese Anfrage beantworten
inbox-answer-close = Antwortformular schließen
inbox-answer-title = Ihr Angebot
inbox-answer-currency = Preise in Ihrer Währung: { $currency } ({ $code }).
inbox-tiers = Preisstaffeln
inbox-tier-min-qty = Ab Menge
inbox-tier-unit-price = Stückpreis ({ $code })
inbox-tier-actions = Aktionen
inbox-tier-min-qty-row = Ab Menge, Staffel { $row }
inbox-tier-unit-price-row = Stückpreis in { $code }, Staffel { $row }
inbox-tier-remove = Staffel { $row } entfernen
inbox-tier-add = Staffel hinzufügen
inbox-lead-time = Lieferzeit (Tage)
inbox-expires-on = Gültig bis
inbox-note = Hinweis an den Einkäufer (optional)
inbox-already-answered = Sie haben diese Anfrage bereits beantwortet.
inbox-draft-kept = Ihre nicht gesendete Antwort bleibt auf diesem Gerät erhalten.
inbox-send = Angebot senden
inbox-sending = Wird gesendet …
inbox-your-quote = Ihr Angebot
inbox-quote-unit = Stückpreis für die angefragte Menge:
inbox-lead-time-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
inbox-error-tiers = Fügen Sie mindestens eine Preisstaffel hinzu.
inbox-error-required = Bitte füllen Sie dieses Feld aus.
inbox-error-not-ascending = Jede Staffel muss bei einer höheren Menge beginnen als die vorherige.
inbox-error-above-quantity = Die erste Staffel muss bei oder unter der angefragten Menge beginnen.
inbox-error-quantity = Geben Sie eine ganze Stückzahl ein.
inbox-error-price = Geben Sie einen Stückpreis über null ein, zum Beispiel 12,50.
inbox-error-lead-time = Geben Sie eine Lieferzeit von 1 bis 365 Tagen ein.
inbox-error-expires-past = Das Angebot muss über heute hinaus gültig sein.
inbox-error-date = Geben Sie ein gültiges Datum ein.
inbox-error-too-long = Dieser Text ist zu lang.
inbox-error-invalid = Bitte prüfen Sie dieses Feld.

## Live tab (/exhibitor): going live and running the booth during the stream.
live-devices-title = Kamera und Mikrofon
live-preview-label = Vorschau dessen, was Sie senden
live-camera-ask = Um live zu gehen, erlauben Sie dieser Seite den Zugriff auf Kamera und Mikrofon. Ihr Browser fragt Sie danach.
live-camera-allow = Kamera und Mikrofon einschalten
live-camera-opening = Kamera wird geöffnet …
live-camera-retry = Erneut versuchen
live-camera = Kamera
live-microphone = Mikrofon
live-camera-unnamed = Kamera { $number }
live-microphone-unnamed = Mikrofon { $number }
live-no-camera = Keine Kamera gefunden
live-no-microphone = Kein Mikrofon gefunden
live-resolution = Auflösung
live-resolution-360 = 360p (langsame Verbindungen)
live-resolution-720 = 720p (empfohlen)
live-resolution-1080 = 1080p (schnelle Verbindungen)
live-mic-level = Mikrofonpegel
live-mic-level-value = Pegel { $level } von 100
live-share-screen = Bildschirm für Folien teilen
live-back-to-camera = Zurück zur Kamera
live-on-air-camera = Auf Sendung: Kamera
live-on-air-screen = Auf Sendung: geteilter Bildschirm
live-preview-camera = Vorschau: Kamera
live-preview-screen = Vorschau: geteilter Bildschirm
live-device-denied = Der Zugriff auf Kamera oder Mikrofon wurde verweigert. Erlauben Sie ihn in den Website-Einstellungen Ihres Browsers und versuchen Sie es erneut.
live-device-missing = Keine Kamera und kein Mikrofon gefunden. Schließen Sie eines an und versuchen Sie es erneut.
live-device-busy = Kamera oder Mikrofon wird von einer anderen Anwendung verwendet. Schließen Sie diese und versuchen Sie es erneut.
live-device-resolution = Die Kamera liefert diese Auflösung nicht. Wählen Sie eine niedrigere.
live-device-unsupported = Dieser Browser kann auf dieser Seite keine Kamera verwenden. Nutzen Sie einen aktuellen Browser über eine sichere (https-)Verbindung.
live-device-failed = Kamera oder Mikrofon konnte nicht gestartet werden. Versuchen Sie es erneut.
live-broadcast-title = Übertragung
live-state-off = Nicht auf Sendung
live-state-starting = Verbindung zum Medienserver wird aufgebaut …
live-state-live = Auf Sendung
live-state-reconnecting = Verbindung verloren. Neuer Verbindungsversuch ({ $attempt }) …
live-state-stopping = Wird beendet …
live-go = Live gehen
live-stop = Beenden
live-no-media-server = Für eine Live-Übertragung ist ein Medienserver nötig, und dieses Backend hat keinen.
live-no-media-server-explained = Mit diesem Backend kann kein Live-Video gesendet werden: Es hat keinen Medienserver. Sie können trotzdem Kamera und Mikrofon prüfen und Chat, Fragen und angeheftete Produkte des Stands betreuen.
live-need-camera = Schalten Sie zuerst die Kamera ein.
live-error-refused = Der Medienserver hat den Stream-Schlüssel abgelehnt. Laden Sie die Seite neu und versuchen Sie es erneut.
live-error-unreachable = Der Medienserver ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
live-error-media-server = Der Medienserver hat mit einem Fehler geantwortet ({ $status }). Versuchen Sie es gleich noch einmal.
live-error-browser = Ihr Browser konnte die Übertragung nicht einrichten. Versuchen Sie es erneut oder nutzen Sie einen anderen Browser.
live-error-backend = Der Stand konnte nicht aktualisiert werden: { $reason }
live-elapsed = Sendezeit
live-bitrate = Ausgehende Bitrate
live-viewers-now = Zuschauer
live-figure-none = —
live-bitrate-kbps = { $value } kbit/s
live-bitrate-mbps = { $value } Mbit/s
live-pins-title = Ihre Produkte
live-pins-hint = Ein angeheftetes Produkt erscheint sofort im Tab „Angeheftet“ der Einkäufer.
live-pins-empty = Ihr Katalog enthält noch keine Produkte.
live-pin = Anheften
live-unpin = Lösen
live-pin-named = { $name } anheften
live-unpin-named = { $name } lösen
live-pinned-badge = Angeheftet
live-pin-error = Das Anheften konnte nicht geändert werden: { $reason }
live-questions-title = { $open ->
    [0] Fragen: keine offen
    [one] Fragen: 1 offen
   *[other] Fragen: { $open } offen
}
live-questions-empty = Noch keine Fragen.
live-question-votes = { $count ->
    [one] 1 Stimme
   *[other] { $count } Stimmen
}
live-mark-answered = Als beantwortet markieren
live-mark-answered-named = Als beantwortet markieren: { $question }
live-answered = Beantwortet
live-answered-error = Die Frage konnte nicht als beantwortet markiert werden: { $reason }
live-chat-title = Chat
live-reply-label = Ihre Antwort (als Aussteller angezeigt)
live-reply-send = Antwort senden
live-reply-error = Ihre Antwort wurde nicht gesendet: { $reason }
live-watching-title = Jetzt dabei
live-watching-count = { $count ->
    [one] 1 Zuschauer
   *[other] { $count } Zuschauer
}
live-watching-unknown = Die Zuschauerzahl erscheint, während Sie über einen Medienserver senden, der sie meldet.
live-watchers-title = Einkäufer, die zugesehen haben
live-watchers-hint = Aufgeführt sind nur Einkäufer, die ihre Visitenkarte mit Ihrem Stand geteilt haben.
live-watchers-empty = Noch hat kein Einkäufer mit geteilter Visitenkarte zugesehen.
live-watcher-unnamed = Einkäufer
live-watched-minutes = { $minutes ->
    [one] 1 Minute zugesehen
   *[other] { $minutes } Minuten zugesehen
}
live-follow-up = Nachfassen
live-follow-up-named = Bei { $name } nachfassen
