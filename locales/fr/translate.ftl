# The translator workbench (/translate): edit messages, preview them in the app, export.

nav-translate = Traduire
translate-title = Atelier de traduction
translate-heading = Atelier de traduction
translate-intro = Traduisez l’application à côté du texte source anglais. Vos brouillons sont vérifiés pendant la saisie, conservés dans ce navigateur et affichés aussitôt dans l’application. Exportez un fichier une fois terminé.
translate-target = Langue cible
translate-show-in-app = Afficher l’application en { $language }
translate-showing-in-app = L’application est affichée en { $language } : ouvrez n’importe quelle page pour voir vos brouillons.
translate-loading = Chargement des textes en { $language }…
translate-load-failed = Les fichiers de textes en { $language } n’ont pas pu être chargés.

# The pseudo-locale switch.
translate-pseudo = Pseudo-langue
translate-pseudo-hint = Affiche les textes de l’application accentués, environ un tiers plus longs et entre [crochets]. Un texte sans crochets n’est pas traduisible ; une mise en page qui casse ici cassera aussi dans les langues longues.
translate-pseudo-badge = pseudo

translate-report-heading = Rapport par langue
translate-report-caption = Textes par langue, brouillons compris
translate-report-language = Langue
translate-report-translated = Traduits
translate-report-missing = Manquants
translate-report-obsolete = Obsolètes
translate-report-broken = En erreur
translate-report-drafts = Brouillons
translate-report-loading = Chargement…
translate-report-failed = Chargement impossible
translate-report-note = { $count ->
        [one] L’anglais, la langue source, compte { $count } texte. Obsolète : présent dans une traduction mais plus en anglais.
        [many] L’anglais, la langue source, compte { $count } de textes. Obsolète : présent dans une traduction mais plus en anglais.
       *[other] L’anglais, la langue source, compte { $count } textes. Obsolète : présent dans une traduction mais plus en anglais.
    }

translate-filter-legend = Afficher
translate-filter-all = Tous
translate-filter-missing = Manquants
translate-filter-changed = Modifiés dans la source
translate-filter-errors = Avec erreurs
translate-filter-drafts = Modifiés
translate-search-label = Rechercher dans les clés et les textes
translate-search-placeholder = Par exemple catalog-heading ou prix
translate-showing = { $total ->
        [one] { $shown } texte affiché sur { $total }
        [many] { $shown } textes affichés sur { $total }
       *[other] { $shown } textes affichés sur { $total }
    }
translate-empty-search = Aucun texte ne correspond à « { $query } ».
translate-empty-filter = Aucun texte dans cette vue.
translate-clear-search = Afficher tous les textes

translate-area-app = Cadre de l’application : en-tête, pied de page et erreurs
translate-area-home = Page d’accueil
translate-area-catalog = Catalogue
translate-area-product = Page produit
translate-area-supplier = Page fournisseur
translate-area-cart = Panier et commande
translate-area-translate = Atelier de traduction
translate-area-checkout = Validation de commande
translate-area-quotes = Demandes de devis
translate-area-orders = Commandes
translate-area-expo = Salon virtuel
translate-area-chat = Discussion du stand
translate-file-drafts = { $count ->
        [one] { $count } brouillon
        [many] { $count } de brouillons
       *[other] { $count } brouillons
    }

translate-export-file = Exporter { $file }
translate-export-all = Exporter les fichiers modifiés
translate-export-none = Aucun brouillon pour l’instant : modifiez un texte pour exporter son fichier.
translate-export-errors = { $count ->
        [one] Un brouillon contient des erreurs : le fichier exporté le contient tel quel.
        [many] { $count } de brouillons contiennent des erreurs : le fichier exporté les contient tels quels.
       *[other] { $count } brouillons contiennent des erreurs : le fichier exporté les contient tels quels.
    }
translate-drafts-status = { $count ->
        [one] Un brouillon, conservé dans ce navigateur.
        [many] { $count } de brouillons, conservés dans ce navigateur.
       *[other] { $count } brouillons, conservés dans ce navigateur.
    }
translate-exported = { $files } téléchargé.
translate-import = Importer un fichier…
translate-import-done = { $changed ->
        [one] { $file } : un texte modifié est devenu un brouillon.
        [many] { $file } : { $changed } de textes modifiés sont devenus des brouillons.
       *[other] { $file } : { $changed } textes modifiés sont devenus des brouillons.
    }
translate-import-unknown = { $count ->
        [one] Un texte absent de l’anglais a été ignoré.
        [many] { $count } de textes absents de l’anglais ont été ignorés.
       *[other] { $count } textes absents de l’anglais ont été ignorés.
    }
translate-import-wrong-file = { $file } ne correspond à aucun fichier de textes de l’application.
translate-import-failed = Le fichier n’a pas pu être lu.
translate-discard-all = Supprimer tous les brouillons
translate-discard-confirm = { $count ->
        [one] Supprimer { $count } brouillon ? Appuyez à nouveau
        [many] Supprimer { $count } de brouillons ? Appuyez à nouveau
       *[other] Supprimer { $count } brouillons ? Appuyez à nouveau
    }

translate-field-label = Traduction de { $id } ({ $language })
translate-source-label = Anglais
translate-note = Note pour les traducteurs : { $note }
translate-status-missing = Manquant
translate-status-draft = Brouillon
translate-status-changed = Anglais modifié
translate-status-error = Erreur
translate-revert = Revenir au fichier
translate-keep = Garder la traduction
translate-saved = Brouillon enregistré
translate-reverted = Identique au fichier : pas de brouillon
translate-preview-kept = L’application continue d’afficher la dernière version sans erreur de syntaxe.
translate-plural-forms = Formes du pluriel ({ $language }) : { $categories }
translate-plural-none = { $language } n’a pas de formes du pluriel : une seule variante, [other], suffit.
translate-plural-insert = Insérer un modèle de pluriel

translate-syntax-error = Erreur de syntaxe ligne { $line }, colonne { $column } : { $detail }
translate-go-to-error = Aller à l’erreur
translate-issue-no-default = une expression de sélection doit avoir une variante par défaut, marquée d’un *, par exemple *[other].
translate-issue-parser = { $detail }
translate-issue-variables-extra = Utilise { $names }, que l’anglais ne transmet pas : l’application afficherait l’anglais à la place.
translate-issue-variables-missing = N’utilise pas { $names } de l’anglais.
translate-issue-terms = Utilise d’autres termes que l’anglais : { $names }.
translate-issue-messages = Renvoie à d’autres textes que l’anglais : { $names }.
translate-issue-plural-missing = Le pluriel sur { $variable } n’a pas la forme [{ $category }] utilisée en { $language }.
translate-issue-plural-unknown = { $language } n’utilise jamais la forme du pluriel [{ $category }].
translate-issue-much-longer = Beaucoup plus long que l’anglais ({ $target } caractères contre { $source }) : vérifiez que le texte tient.
translate-issue-attribute-missing = L’attribut .{ $name } n’est pas traduit.
translate-issue-attribute-obsolete = L’anglais n’a pas d’attribut .{ $name }.
translate-issue-value = La valeur et les attributs ne correspondent pas à l’anglais.
translate-issue-other = { $detail }
