# The translator workbench (/translate): edit messages, preview them in the app, export.

nav-translate = Übersetzen
translate-title = Übersetzungswerkstatt
translate-heading = Übersetzungswerkstatt
translate-intro = Übersetzen Sie die App neben dem englischen Original. Ihre Entwürfe werden beim Tippen geprüft, in diesem Browser gespeichert und sofort in der laufenden App angezeigt. Exportieren Sie eine Datei, wenn Sie fertig sind.
translate-target = Zielsprache
translate-show-in-app = App auf { $language } anzeigen
translate-showing-in-app = Die App wird auf { $language } angezeigt: Öffnen Sie eine beliebige Seite, um Ihre Entwürfe zu sehen.
translate-loading = Texte für { $language } werden geladen…
translate-load-failed = Die Textdateien für { $language } konnten nicht geladen werden.

# The pseudo-locale switch.
translate-pseudo = Pseudo-Sprache
translate-pseudo-hint = Zeigt die Texte der App mit Akzenten, etwa ein Drittel länger und in [Klammern]. Text ohne Klammern ist nicht übersetzbar; ein Layout, das hier bricht, bricht auch in langen Sprachen.
translate-pseudo-badge = pseudo

translate-report-heading = Sprachbericht
translate-report-caption = Texte je Sprache, mit Ihren Entwürfen
translate-report-language = Sprache
translate-report-translated = Übersetzt
translate-report-missing = Fehlend
translate-report-obsolete = Veraltet
translate-report-broken = Fehlerhaft
translate-report-drafts = Entwürfe
translate-report-loading = Wird geladen…
translate-report-failed = Konnte nicht geladen werden
translate-report-note = { $count ->
        [one] Englisch, die Ausgangssprache, hat { $count } Text. Veraltet: in einer Übersetzung, aber nicht mehr im Englischen.
       *[other] Englisch, die Ausgangssprache, hat { $count } Texte. Veraltet: in einer Übersetzung, aber nicht mehr im Englischen.
    }

translate-filter-legend = Anzeigen
translate-filter-all = Alle
translate-filter-missing = Fehlend
translate-filter-changed = Im Original geändert
translate-filter-errors = Mit Fehlern
translate-filter-drafts = Bearbeitet
translate-search-label = Schlüssel und Texte durchsuchen
translate-search-placeholder = Zum Beispiel catalog-heading oder Preis
translate-showing = { $total ->
        [one] { $shown } von { $total } Text angezeigt
       *[other] { $shown } von { $total } Texten angezeigt
    }
translate-empty-search = Keine Texte passen zu „{ $query }“.
translate-empty-filter = In dieser Ansicht gibt es keine Texte.
translate-clear-search = Alle Texte anzeigen

translate-area-app = App-Rahmen: Kopfzeile, Fußzeile und Fehler
translate-area-home = Startseite
translate-area-catalog = Katalog
translate-area-product = Produktseite
translate-area-supplier = Lieferantenseite
translate-area-cart = Warenkorb und Bestellung
translate-area-translate = Übersetzungswerkstatt
translate-area-checkout = Kasse
translate-area-quotes = Angebotsanfragen
translate-area-orders = Bestellungen
translate-area-expo = Virtuelle Messe
translate-area-chat = Stand-Chat
translate-file-drafts = { $count ->
        [one] { $count } Entwurf
       *[other] { $count } Entwürfe
    }

translate-export-file = { $file } exportieren
translate-export-all = Bearbeitete Dateien exportieren
translate-export-none = Noch keine Entwürfe: Bearbeiten Sie einen Text, um seine Datei zu exportieren.
translate-export-errors = { $count ->
        [one] Ein Entwurf enthält Fehler: Die exportierte Datei enthält ihn so, wie er getippt wurde.
       *[other] { $count } Entwürfe enthalten Fehler: Die exportierte Datei enthält sie so, wie sie getippt wurden.
    }
translate-drafts-status = { $count ->
        [one] Ein Entwurf, in diesem Browser gespeichert.
       *[other] { $count } Entwürfe, in diesem Browser gespeichert.
    }
translate-exported = { $files } heruntergeladen.
translate-import = Datei importieren…
translate-import-done = { $changed ->
        [one] { $file }: Ein geänderter Text ist jetzt ein Entwurf.
       *[other] { $file }: { $changed } geänderte Texte sind jetzt Entwürfe.
    }
translate-import-unknown = { $count ->
        [one] Ein Text, den es im Englischen nicht gibt, wurde übersprungen.
       *[other] { $count } Texte, die es im Englischen nicht gibt, wurden übersprungen.
    }
translate-import-wrong-file = { $file } passt zu keiner Textdatei der App.
translate-import-failed = Die Datei konnte nicht gelesen werden.
translate-discard-all = Alle Entwürfe verwerfen
translate-discard-confirm = { $count ->
        [one] { $count } Entwurf verwerfen? Erneut drücken
       *[other] { $count } Entwürfe verwerfen? Erneut drücken
    }

translate-field-label = Übersetzung von { $id } ({ $language })
translate-source-label = Englisch
translate-note = Hinweis für Übersetzer: { $note }
translate-status-missing = Fehlt
translate-status-draft = Entwurf
translate-status-changed = Englisch geändert
translate-status-error = Fehler
translate-revert = Auf die Datei zurücksetzen
translate-keep = Übersetzung beibehalten
translate-saved = Entwurf gespeichert
translate-reverted = Wie in der Datei: kein Entwurf
translate-preview-kept = Die App zeigt weiter die letzte Fassung ohne Syntaxfehler.
translate-plural-forms = Pluralformen ({ $language }): { $categories }
translate-plural-none = { $language } hat keine Pluralformen: eine Variante, [other], genügt.
translate-plural-insert = Pluralvorlage einfügen

translate-syntax-error = Syntaxfehler in Zeile { $line }, Spalte { $column }: { $detail }
translate-go-to-error = Zum Fehler springen
translate-issue-no-default = Ein Auswahlausdruck braucht eine Standardvariante, markiert mit *, zum Beispiel *[other].
translate-issue-parser = { $detail }
translate-issue-variables-extra = Verwendet { $names }, was das Englische nicht übergibt: Die App würde stattdessen Englisch zeigen.
translate-issue-variables-missing = Verwendet { $names } aus dem Englischen nicht.
translate-issue-terms = Verwendet andere Begriffe als das Englische: { $names }.
translate-issue-messages = Verweist auf andere Texte als das Englische: { $names }.
translate-issue-plural-missing = Dem Plural von { $variable } fehlt die Form [{ $category }], die { $language } verwendet.
translate-issue-plural-unknown = { $language } verwendet die Pluralform [{ $category }] nie.
translate-issue-much-longer = Viel länger als das Englische ({ $target } gegenüber { $source } Zeichen): Prüfen Sie, ob es passt.
translate-issue-attribute-missing = Das Attribut .{ $name } ist nicht übersetzt.
translate-issue-attribute-obsolete = Das Englische hat kein Attribut .{ $name }.
translate-issue-value = Wert und Attribute passen nicht zum Englischen.
translate-issue-other = { $detail }
