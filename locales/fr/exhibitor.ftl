# The exhibitor console (/exhibitor) and sign-in (/sign-in).

exhibitor-title = Console exposant
sign-in-title = Connexion

## Sign-in, the console shell and leads (helper D)

sign-in-intro = Les exposants se connectent ici pour animer leur stand : passer en direct, modifier le stand, suivre les prospects et répondre aux demandes de devis.
sign-in-email = E-mail
sign-in-password = Mot de passe
sign-in-show-password = Afficher le mot de passe
sign-in-submit = Se connecter
sign-in-busy = Connexion…
sign-in-signing-out = Déconnexion…
sign-in-error-email-required = Saisissez votre adresse e-mail.
sign-in-error-password-required = Saisissez votre mot de passe.
sign-in-error-invalid = Cet e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez.
sign-in-signed-in-as = Vous êtes connecté en tant que { $name } ({ $email }).
sign-in-role-buyer = Acheteur
sign-in-role-exhibitor = Exposant
sign-in-demo-title = Comptes de démonstration
sign-in-demo-intro = Ceci est la démo : essayez la console avec l’un de ces comptes. Leurs mots de passe sont publics.
sign-in-demo-exhibitor = Exposant du stand { $booth }
sign-in-demo-use = Utiliser ce compte
console-signed-in-as = Connecté en tant que { $name }
console-redirecting = Redirection vers la connexion…
console-tabs = Sections de la console
console-tab-live = Direct
console-tab-booth = Stand
console-tab-leads = Prospects
console-tab-rfqs = Demandes de devis
console-booth = Votre stand :
console-booth-number = Stand { $id }
console-view-booth = Voir votre stand comme les acheteurs
console-not-exhibitor-title = Cette console est réservée aux exposants
console-not-exhibitor = Vous êtes connecté en tant que { $name } ({ $email }), un compte acheteur. Connectez-vous avec le compte exposant d’un stand pour utiliser la console.
console-switch-account = Se connecter avec un autre compte
leads-title = Prospects
leads-intro = Les acheteurs qui ont partagé une carte, réservé un rendez-vous, posé une question ou envoyé une demande de devis, les plus récents d’abord. Le visionnage et les téléchargements de brochures n’apparaissent que pour les acheteurs qui ont partagé leur carte.
leads-empty = Aucun prospect pour l’instant. Les acheteurs qui partagent une carte, réservent un rendez-vous, posent une question ou envoient une demande de devis apparaîtront ici.
leads-filters = Filtrer les prospects
leads-filter-text = Rechercher
leads-filter-status = Statut
leads-filter-kind = Activité
leads-filter-any = Tous
leads-count = Prospects affichés : { $shown } sur { $total }
leads-export = Exporter en CSV
leads-no-match = Aucun prospect ne correspond à ces filtres.
leads-clear-filters = Effacer les filtres
leads-unnamed = Acheteur (sans nom)
leads-consent-yes = Carte partagée
leads-consent-no = Aucune carte partagée
leads-consent-note = Cet acheteur n’a pas partagé de carte : le visionnage et les téléchargements ne sont pas affichés.
leads-company = Entreprise
leads-country = Pays
leads-email = E-mail
leads-phone = Téléphone
leads-activities = Ce qu’il a fait
leads-status = Statut
leads-notes = Notes
leads-save = Enregistrer
leads-saving = Enregistrement…
leads-saved = Enregistré.
leads-notes-too-long = Les notes ne peuvent pas dépasser { $max } caractères.
leads-notes-invalid = Ces notes n’ont pas pu être enregistrées. Vérifiez-les et réessayez.
leads-status-new = Nouveau
leads-status-contacted = Contacté
leads-status-qualified = Qualifié
leads-status-won = Gagné
leads-status-lost = Perdu
leads-kind-card = A partagé une carte
leads-kind-meeting = A réservé un rendez-vous
leads-kind-question = A posé une question
leads-kind-rfq = A demandé un devis
leads-kind-watched = A regardé le direct
leads-kind-brochure = A téléchargé une brochure
leads-activity-card = A partagé sa carte de visite
leads-activity-meeting = A réservé un rendez-vous pour le { $time }
leads-activity-question = A demandé :
leads-activity-rfq = A envoyé une demande de devis pour { $quantity } ×
leads-activity-watched = { $minutes ->
        [one] A regardé le direct pendant { $minutes } minute
        [many] A regardé le direct pendant { $minutes } minutes
       *[other] A regardé le direct pendant { $minutes } minutes
    }
leads-activity-brochure = A téléchargé la brochure
leads-product-fallback = produit { $id }

## Éditeur de stand (assistant E)
editor-title = Profil du stand
editor-unsaved = Modifications non enregistrées
editor-no-changes = Aucune modification non enregistrée
editor-draft-restored = Vos modifications non enregistrées de la dernière fois sont de retour.
editor-draft-kept = Les modifications sont conservées sur cet appareil jusqu’à leur enregistrement.
editor-errors-summary = { $count ->
        [one] { $count } champ doit être corrigé.
        [many] { $count } champs doivent être corrigés.
       *[other] { $count } champs doivent être corrigés.
    }
editor-saved = Enregistré. Les acheteurs voient désormais votre stand avec ces modifications.
editor-view-public = Voir votre stand comme les acheteurs le voient
editor-save = Enregistrer le profil
editor-saving = Enregistrement…
editor-discard = Annuler les modifications
editor-texts-title = Description
editor-texts-complete = Votre description est rédigée dans toutes les langues du salon.
editor-texts-missing = { $count ->
        [one] Manquante dans { $count } langue : { $languages }.
        [many] Manquante dans { $count } langues : { $languages }.
       *[other] Manquante dans { $count } langues : { $languages }.
    }
editor-texts-fallback = Les acheteurs qui lisent ces langues voient la description en anglais.
editor-texts-add = Ajouter la traduction ({ $language })
editor-text-label = Description ({ $language })
editor-text-count = { $count } caractères sur { $max }
editor-texts-remove = Supprimer la traduction ({ $language })
editor-featured-title = Produits mis en avant
editor-featured-note = Jusqu’à { $max } de vos produits, affichés dans cet ordre sur votre stand.
editor-featured-empty = Aucun produit mis en avant pour l’instant.
editor-featured-up = Monter { $product }
editor-featured-down = Descendre { $product }
editor-featured-remove = Retirer { $product }
editor-remove = Retirer
editor-featured-choose = Produit à mettre en avant
editor-featured-pick = Choisir un produit
editor-featured-add = Mettre en avant
editor-featured-full = La liste est complète : retirez un produit pour en ajouter un autre ({ $max } au maximum).
editor-brochures-title = Brochures
editor-brochures-note = Choisissez les documents que les acheteurs peuvent télécharger sur votre stand.
editor-brochure-include = Proposer sur votre stand : { $document }
editor-sessions-title = Programme des sessions
editor-sessions-zone = Les dates et heures sont dans le fuseau horaire de votre stand : { $zone }.
editor-sessions-empty = Aucune session prévue.
editor-session-row = Session { $row }
editor-session-kind = Type de session
editor-session-product = Produit présenté
editor-session-product-pick = Choisir un produit
editor-session-date = Date
editor-session-start = Heure de début
editor-session-duration = Durée
editor-minutes = { $count ->
        [one] { $count } minute
        [many] { $count } minutes
       *[other] { $count } minutes
    }
editor-session-offset = { $zone }, UTC{ $offset } à cette date.
editor-session-incomplete = Saisissez une date et une heure de début pour voir quand les acheteurs la verront.
editor-session-preview = Commence { $utc }, soit { $local } chez vous ({ $viewer_zone }).
editor-session-remove = Supprimer la session { $row }
editor-session-add = Ajouter une session
editor-hours-title = Heures de rendez-vous
editor-hours-note = Les acheteurs peuvent réserver un rendez-vous du lundi au vendredi dans ces horaires ({ $zone }).
editor-hours-start = Début des heures de travail
editor-hours-end = Fin des heures de travail
editor-slot-length = Durée d’un créneau
editor-error-too-long = Ce texte est trop long : { $max } caractères au maximum.
editor-error-duplicate = Cet élément apparaît deux fois.
editor-error-too-many = { $max } produits au maximum peuvent être mis en avant.
editor-error-too-many-sessions = Il y a trop de sessions : supprimez-en quelques-unes.
editor-error-not-offered = Ce produit ne fait pas partie des vôtres.
editor-error-brochure = Ce document ne fait pas partie des documents de votre stand.
editor-error-time-zone = Le fuseau horaire du stand est inconnu.
editor-error-product = Choisissez le produit présenté pendant cette session.
editor-error-required = Remplissez ce champ.
editor-error-date = Saisissez une date valide.
editor-error-overlaps = Cette session chevauche une autre session.
editor-error-time = Saisissez une heure entre 00:00 et 23:59.
editor-error-duration = Une session dure entre 15 et 240 minutes.
editor-error-hours = La fin des heures de travail doit être après le début.
editor-error-slot = Choisissez une durée de créneau de 15, 30, 45 ou 60 minutes.
editor-error-invalid = Vérifiez ce champ.

## Demandes de devis reçues (assistant E)
inbox-title = Demandes de devis
inbox-intro = Les demandes envoyées par les acheteurs à votre entreprise, les plus récentes d’abord. Répondez avec vos prix ; les acheteurs les voient dans leur propre devise.
inbox-empty = Aucune demande de devis pour l’instant.
inbox-answered = Répondu
inbox-awaiting = En attente de votre réponse
inbox-received = Reçue le { $date }
inbox-quantity = Quantité
inbox-target-price = Prix unitaire cible
inbox-no-target = Non indiqué
inbox-destination = Destination
inbox-incoterm = Incoterm
inbox-needed-by = Nécessaire pour le
inbox-message = Message de l’acheteur
inbox-no-message = Aucun message.
inbox-attachments = Pièces jointes
inbox-no-attachments = Aucune pièce jointe.
inbox-answer-open = Répondre à cette demande
inbox-answer-close = Fermer le formulaire de réponse
inbox-answer-title = Votre devis
inbox-answer-currency = Les prix sont dans votre devise : { $currency } ({ $code }).
inbox-tiers = Paliers de prix
inbox-tier-min-qty = À partir de la quantité
inbox-tier-unit-price = Prix unitaire ({ $code })
inbox-tier-actions = Actions
inbox-tier-min-qty-row = À partir de la quantité, palier { $row }
inbox-tier-unit-price-row = Prix unitaire en { $code }, palier { $row }
inbox-tier-remove = Supprimer le palier { $row }
inbox-tier-add = Ajouter un palier
inbox-lead-time = Délai de livraison (jours)
inbox-expires-on = Valable jusqu’au
inbox-note = Note pour l’acheteur (facultatif)
inbox-already-answered = Vous avez déjà répondu à cette demande.
inbox-draft-kept = Votre réponse non envoyée est conservée sur cet appareil.
inbox-send = Envoyer le devis
inbox-sending = Envoi…
inbox-your-quote = Votre devis
inbox-quote-unit = Prix unitaire pour la quantité demandée :
inbox-lead-time-days = { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
inbox-error-tiers = Ajoutez au moins un palier de prix.
inbox-error-required = Remplissez ce champ.
inbox-error-not-ascending = Chaque palier doit commencer à une quantité supérieure à celle du précédent.
inbox-error-above-quantity = Le premier palier doit commencer à la quantité demandée ou en dessous.
inbox-error-quantity = Saisissez un nombre entier d’unités.
inbox-error-price = Saisissez un prix unitaire supérieur à zéro, par exemple 12,50.
inbox-error-lead-time = Saisissez un délai de 1 à 365 jours.
inbox-error-expires-past = Le devis doit être valable au-delà d’aujourd’hui.
inbox-error-date = Saisissez une date valide.
inbox-error-too-long = Ce texte est trop long.
inbox-error-invalid = Vérifiez ce champ.

## Live tab (/exhibitor): going live and running the booth during the stream.
live-devices-title = Caméra et micro
live-preview-label = Aperçu de ce que vous diffusez
live-camera-ask = Pour passer en direct, autorisez cette page à utiliser votre caméra et votre micro. Votre navigateur vous le demandera.
live-camera-allow = Activer la caméra et le micro
live-camera-opening = Ouverture de la caméra…
live-camera-retry = Réessayer
live-camera = Caméra
live-microphone = Micro
live-camera-unnamed = Caméra { $number }
live-microphone-unnamed = Micro { $number }
live-no-camera = Aucune caméra trouvée
live-no-microphone = Aucun micro trouvé
live-resolution = Résolution
live-resolution-360 = 360p (connexions lentes)
live-resolution-720 = 720p (recommandé)
live-resolution-1080 = 1080p (connexions rapides)
live-mic-level = Niveau du micro
live-mic-level-value = Niveau { $level } sur 100
live-share-screen = Partager l’écran pour les diapositives
live-back-to-camera = Revenir à la caméra
live-on-air-camera = À l’antenne : caméra
live-on-air-screen = À l’antenne : écran partagé
live-preview-camera = Aperçu : caméra
live-preview-screen = Aperçu : écran partagé
live-device-denied = L’accès à la caméra ou au micro a été refusé. Autorisez-le dans les paramètres du site de votre navigateur, puis réessayez.
live-device-missing = Aucune caméra ni aucun micro trouvé. Branchez-en un et réessayez.
live-device-busy = La caméra ou le micro est utilisé par une autre application. Fermez-la et réessayez.
live-device-resolution = La caméra ne peut pas fournir cette résolution. Choisissez-en une plus basse.
live-device-unsupported = Ce navigateur ne peut pas utiliser de caméra sur cette page. Utilisez un navigateur récent avec une connexion sécurisée (https).
live-device-failed = La caméra ou le micro n’a pas pu démarrer. Réessayez.
live-broadcast-title = Diffusion
live-state-off = Hors antenne
live-state-starting = Connexion au serveur multimédia…
live-state-live = À l’antenne
live-state-reconnecting = Connexion perdue. Reconnexion (tentative { $attempt })…
live-state-stopping = Arrêt en cours…
live-go = Passer en direct
live-stop = Arrêter
live-no-media-server = Le direct nécessite un serveur multimédia, et ce backend n’en a pas.
live-no-media-server-explained = Impossible de diffuser de la vidéo en direct avec ce backend : il n’a pas de serveur multimédia. Vous pouvez quand même vérifier votre caméra et votre micro, et animer le chat, les questions et les produits épinglés du stand.
live-need-camera = Activez d’abord la caméra.
live-error-refused = Le serveur multimédia a refusé la clé de diffusion. Rechargez la page et réessayez.
live-error-unreachable = Le serveur multimédia est injoignable. Vérifiez votre connexion et réessayez.
live-error-media-server = Le serveur multimédia a répondu par une erreur ({ $status }). Réessayez dans un instant.
live-error-browser = Votre navigateur n’a pas pu préparer la diffusion. Réessayez ou utilisez un autre navigateur.
live-error-backend = Le stand n’a pas pu être mis à jour : { $reason }
live-elapsed = Temps d’antenne
live-bitrate = Débit sortant
live-viewers-now = Spectateurs
live-figure-none = —
live-bitrate-kbps = { $value } kbit/s
live-bitrate-mbps = { $value } Mbit/s
live-pins-title = Vos produits
live-pins-hint = Un produit épinglé apparaît aussitôt dans l’onglet « Épinglés » des acheteurs.
live-pins-empty = Votre catalogue ne contient encore aucun produit.
live-pin = Épingler
live-unpin = Désépingler
live-pin-named = Épingler { $name }
live-unpin-named = Désépingler { $name }
live-pinned-badge = Épinglé
live-pin-error = L’épinglage n’a pas pu être modifié : { $reason }
live-questions-title = { $open ->
    [0] Questions : aucune en attente
    [one] Questions : 1 en attente
    [many] Questions : { $open } en attente
   *[other] Questions : { $open } en attente
}
live-questions-empty = Pas encore de questions.
live-question-votes = { $count ->
    [one] { $count } vote
    [many] { $count } de votes
   *[other] { $count } votes
}
live-mark-answered = Marquer comme répondue
live-mark-answered-named = Marquer comme répondue : { $question }
live-answered = Répondue
live-answered-error = La question n’a pas pu être marquée comme répondue : { $reason }
live-chat-title = Chat
live-reply-label = Votre réponse (affichée au nom de l’exposant)
live-reply-send = Envoyer la réponse
live-reply-error = Votre réponse n’a pas été envoyée : { $reason }
live-watching-title = Spectateurs en ce moment
live-watching-count = { $count ->
    [one] { $count } spectateur
    [many] { $count } de spectateurs
   *[other] { $count } spectateurs
}
live-watching-unknown = Le nombre de spectateurs s’affiche pendant une diffusion via un serveur multimédia qui le communique.
live-watchers-title = Acheteurs qui ont regardé
live-watchers-hint = Seuls les acheteurs qui ont partagé leur carte de visite avec votre stand sont listés.
live-watchers-empty = Aucun acheteur ayant partagé sa carte n’a encore regardé.
live-watcher-unnamed = Acheteur
live-watched-minutes = { $minutes ->
    [one] A regardé { $minutes } minute
    [many] A regardé { $minutes } de minutes
   *[other] A regardé { $minutes } minutes
}
live-follow-up = Relancer
live-follow-up-named = Relancer { $name }
