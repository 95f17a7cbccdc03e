## Expo

expo-title = Salon virtuel

## Live player

live-region = Vidéo du stand
live-video-label = Vidéo en direct du stand
live-recording-label = Vidéo enregistrée du stand
live-badge-live = En direct
live-badge-recording = Enregistrement
live-viewers =
    { $count ->
        [one] { $count } spectateur
        [many] { $count } de spectateurs
       *[other] { $count } spectateurs
    }
live-connecting = Connexion au direct…
live-playing = Vous regardez le direct.
live-waiting = Le direct n’a pas encore commencé.
live-reconnecting = La connexion au direct a été perdue. Reconnexion…
live-ended = Cette session en direct est terminée.
live-retry-in =
    { $seconds ->
        [one] Nouvel essai dans { $seconds } seconde.
        [many] Nouvel essai dans { $seconds } de secondes.
       *[other] Nouvel essai dans { $seconds } secondes.
    }
live-retry-now = Réessayer maintenant
live-sound-on = Activer le son
live-sound-off = Couper le son
live-captions = Sous-titres
live-captions-off = Désactivés

## Expo hall, schedule, booth

expo-intro = Visitez les stands des exposants, suivez les sessions en direct et planifiez des rendez-vous à des heures qui conviennent à chacun.
expo-tab-hall = Hall
expo-tab-schedule = Programme
expo-halls = Halls
expo-all-halls = Tous les halls
expo-hall-counts =
    { $booths ->
        [one] { $booths } stand
       *[other] { $booths } stands
    }, { $live } en direct
expo-filters = Filtres
expo-filter-category = Catégorie
expo-filter-country = Pays
expo-filter-language = Langue parlée
expo-filter-day = Jour
expo-filter-hall = Hall
expo-any = Tous
expo-any-day = Tous les jours
expo-booths = Exposants
expo-booth-count =
    { $count ->
        [one] { $count } exposant
       *[other] { $count } exposants
    }
expo-no-booths = Aucun exposant ne correspond à ces filtres.
expo-clear-filters = Effacer les filtres
expo-live-now = En direct
expo-live-until = En direct jusqu’à { $time }
expo-next-session = Prochaine session : { $time }
expo-no-session = Aucune session prévue
expo-sells = Vend :
expo-list-separator = {", "}
expo-hall-name = Hall : { $hall }
expo-place = { $city }, { $country }
expo-verified = Vérifié
expo-verified-by = Vérifié par { $inspector }, valable jusqu’au { $until }
expo-unverified = Pas encore vérifié
expo-speaks = Langues : { $languages }
expo-profile = Profil du fournisseur
expo-offline-next = Hors ligne. Prochaine session : { $time }
expo-offline-none = Hors ligne. Aucune session prévue.
expo-live-recorded = L’exposant présente en ce moment : vous regardez sa présentation enregistrée.
expo-time-range = { $start } – { $end }
expo-time-exhibitor = Heure de l’exposant : { $time } ({ $zone })
expo-your-zone = Les heures sont affichées dans votre fuseau horaire ({ $zone }).
expo-session-count =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
expo-no-sessions = Aucune session ne correspond.
expo-session-title = { $kind } : { $product }
expo-kind-product-launch = Lancement de produit
expo-kind-factory-tour = Visite d’usine
expo-kind-live-demo = Démonstration en direct
expo-kind-q-and-a = Questions-réponses
expo-add-to-calendar = Ajouter au calendrier
expo-save = Me le rappeler
expo-saved = Rappel activé
expo-reminder = Commence maintenant : { $exhibitor } – { $title }
expo-reminder-join = Aller au stand
expo-reminder-dismiss = Fermer
expo-ics-session = { $exhibitor } : { $title }
expo-ics-session-body = Session en direct sur le stand de { $exhibitor } sur Tradefair.
expo-ics-meeting = Rendez-vous avec { $exhibitor } (Tradefair)
expo-booth-sessions = Sessions
expo-brochures = Brochures et fiches techniques
expo-brochures-empty = Cet exposant ne propose aucun document à télécharger.
expo-brochure-catalogue = Catalogue produits (PDF)
expo-brochure-spec-sheet = Fiche technique (PDF)
expo-brochure-meta = PDF, { $size } Ko
expo-meeting-title = Prendre rendez-vous
expo-meeting-intro = Créneaux libres de { $exhibitor }, dans votre fuseau horaire et, en dessous, dans celui de l’exposant :
expo-meeting-zones = Votre fuseau horaire : { $buyer }. Fuseau de l’exposant : { $exhibitor }.
expo-only-both-working = Seulement les heures ouvrées pour vous deux
expo-both-working = Heures ouvrées pour les deux
expo-slot-exhibitor = Exposant : { $time }
expo-no-slots = Aucun créneau libre la semaine prochaine.
expo-meeting-note = De quoi souhaitez-vous parler ? (facultatif)
expo-book = Réserver ce créneau
expo-booking = Réservation…
expo-meeting-booked = Rendez-vous réservé
expo-error-choose-slot = Choisissez d’abord un créneau.
expo-error-slot-taken = Ce créneau vient d’être pris. Veuillez en choisir un autre.
expo-error-too-long = { $max } caractères au maximum.
expo-card-title = Échanger des cartes de visite
expo-card-intro = Choisissez ce que { $exhibitor } peut voir. Rien n’est partagé avant votre accord ci-dessous.
expo-card-choose = Informations à partager
expo-card-share-field = Partager : { $field }
expo-card-name = Nom
expo-card-company = Entreprise
expo-card-job-title = Fonction
expo-card-email = E-mail
expo-card-phone = Téléphone
expo-card-consent = J’accepte de partager les informations sélectionnées avec { $exhibitor }, et je peux les retirer à tout moment.
expo-card-share = Partager ma carte
expo-card-shared = Partagée avec { $exhibitor } le { $time } :
expo-card-withdraw = Retirer ma carte
expo-card-shared-notice = Votre carte a été partagée.
expo-card-withdrawn-notice = Votre carte a été retirée ; l’exposant ne l’a plus.
expo-error-consent = Cochez la case pour donner votre accord avant de partager.
expo-error-no-fields = Choisissez au moins une information à partager.
expo-error-email = Saisissez une adresse e-mail comme nom@entreprise.fr.
expo-error-phone = Saisissez un numéro de téléphone de 6 à 20 chiffres.
expo-error-invalid = Vérifiez cette valeur.
expo-home-none-live = Aucun stand n’est en direct pour le moment.
expo-home-visit = Visiter le salon virtuel
