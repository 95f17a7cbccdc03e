# The translator workbench (/translate): edit messages, preview them in the app, export.

nav-translate = Translate
translate-title = Translator workbench
translate-heading = Translator workbench
translate-intro = Translate the app beside its English source. Your drafts are checked as you type, kept in this browser and shown in the running app at once. Export a file when you are done.
translate-target = Translate into
translate-show-in-app = Show the app in { $language }
translate-showing-in-app = The app is shown in { $language }: open any page to see your drafts.
translate-loading = Loading the { $language } messages…
translate-load-failed = The { $language } message files could not be loaded.

# The pseudo-locale switch.
translate-pseudo = Pseudo-locale
translate-pseudo-hint = Shows the app's text accented, about a third longer and in [brackets]. Text without brackets is not translatable; a layout that breaks will break in long languages too.
translate-pseudo-badge = pseudo

translate-report-heading = Locale report
translate-report-caption = Messages per language, with your drafts
translate-report-language = Language
translate-report-translated = Translated
translate-report-missing = Missing
translate-report-obsolete = Obsolete
translate-report-broken = Broken
translate-report-drafts = Drafts
translate-report-loading = Loading…
translate-report-failed = Could not be loaded
translate-report-note = { $count ->
        [one] English, the source, has { $count } message. Obsolete: in a translation but no longer in English.
       *[other] English, the source, has { $count } messages. Obsolete: in a translation but no longer in English.
    }

translate-filter-legend = Show
translate-filter-all = All
translate-filter-missing = Missing
translate-filter-changed = Changed in source
translate-filter-errors = Has errors
translate-filter-drafts = Edited
translate-search-label = Search keys and text
translate-search-placeholder = For example catalog-heading or price
translate-showing = { $total ->
        [one] Showing { $shown } of { $total } message
       *[other] Showing { $shown } of { $total } messages
    }
translate-empty-search = No messages match “{ $query }”.
translate-empty-filter = No messages in this view.
translate-clear-search = Show all messages

translate-area-app = App frame: header, footer and errors
translate-area-home = Home page
translate-area-catalog = Catalog
translate-area-product = Product page
translate-area-supplier = Supplier page
translate-area-cart = Cart and ordering
translate-area-translate = Translator workbench
translate-area-checkout = Checkout
translate-area-quotes = Requests for quotation
translate-area-orders = Orders
translate-area-expo = Virtual expo
translate-area-chat = Booth chat
translate-file-drafts = { $count ->
        [one] { $count } draft
       *[other] { $count } drafts
    }

translate-export-file = Export { $file }
translate-export-all = Export edited files
translate-export-none = No drafts yet: edit a message to export its file.
translate-export-errors = { $count ->
        [one] One draft has errors: the exported file contains it as typed.
       *[other] { $count } drafts have errors: the exported file contains them as typed.
    }
translate-drafts-status = { $count ->
        [one] One draft, kept in this browser.
       *[other] { $count } drafts, kept in this browser.
    }
translate-exported = Downloaded { $files }.
translate-import = Import a file…
translate-import-done = { $changed ->
        [one] { $file }: one changed message is now a draft.
       *[other] { $file }: { $changed } changed messages are now drafts.
    }
translate-import-unknown = { $count ->
        [one] One message that English does not have was skipped.
       *[other] { $count } messages that English does not have were skipped.
    }
translate-import-wrong-file = { $file } does not match any message file of the app.
translate-import-failed = The file could not be read.
translate-discard-all = Discard all drafts
translate-discard-confirm = { $count ->
        [one] Discard { $count } draft? Press again
       *[other] Discard { $count } drafts? Press again
    }

translate-field-label = { $language } translation of { $id }
translate-source-label = English
translate-note = Note for translators: { $note }
translate-status-missing = Missing
translate-status-draft = Draft
translate-status-changed = English changed
translate-status-error = Error
translate-revert = Revert to the file
translate-keep = Keep translation
translate-saved = Draft saved
translate-reverted = Same as the file: no draft
translate-preview-kept = The app keeps showing the last version without syntax errors.
translate-plural-forms = Plural forms in { $language }: { $categories }
translate-plural-none = { $language } has no plural forms: one variant, [other], is enough.
translate-plural-insert = Insert plural template

translate-syntax-error = Syntax error at line { $line }, column { $column }: { $detail }
translate-go-to-error = Go to the error
translate-issue-no-default = a select expression needs a default variant, marked with *, for example *[other].
translate-issue-parser = { $detail }
translate-issue-variables-extra = Uses { $names }, which English does not pass: the app would show English instead.
translate-issue-variables-missing = Does not use { $names } from English.
translate-issue-terms = Uses other terms than English: { $names }.
translate-issue-messages = References other messages than English: { $names }.
translate-issue-plural-missing = The plural on { $variable } lacks the [{ $category }] form that { $language } uses.
translate-issue-plural-unknown = { $language } never uses the plural form [{ $category }].
translate-issue-much-longer = Much longer than English ({ $target } against { $source } characters): check that it fits.
translate-issue-attribute-missing = The attribute .{ $name } is not translated.
translate-issue-attribute-obsolete = English has no attribute .{ $name }.
translate-issue-value = The value and attributes do not match English.
translate-issue-other = { $detail }
