# The frame of the app: header, footer, shared states and errors.

app-name = Tradefair
app-tagline = Le commerce de gros auprès de fournisseurs vérifiés du monde entier
# Shown by index.html before the app runs (scripts/harden.mjs copies it in at build time).
boot-failed = Tradefair n’a pas pu démarrer : un fichier est arrivé endommagé ou incomplet. Rechargez la page pour réessayer.
skip-to-content = Aller au contenu principal
nav-label = Principale
nav-home = Accueil
nav-catalog = Catalogue
nav-expo = Salon
nav-quotes = Devis
nav-orders = Commandes

header-search-label = Rechercher des produits
header-search-placeholder = Rechercher des produits, p. ex. panneau LED
header-search-submit = Rechercher
header-language = Langue
header-currency = Devise
header-cart =
    { $count ->
        [0] Panier, vide
        [one] Panier, { $count } ligne
        [many] Panier, { $count } lignes
       *[other] Panier, { $count } lignes
    }

# Language names are written in their own language, so a buyer finds theirs.
lang-en = English
lang-zh-CN = 简体中文
lang-es = Español
lang-de = Deutsch
lang-ar = العربية
lang-fr = Français

footer-demo = Données de démonstration générées dans votre navigateur : aucun serveur n’est nécessaire.
footer-http = Données en direct de { $server }.
footer-rates = Taux de change au { $date }.
footer-rounding = Les prix convertis sont arrondis à la plus petite unité de la devise d’affichage (les demis étant arrondis en s’éloignant de zéro).

loading = Chargement…
loading-locale = Chargement de { $language }…
error-title = Une erreur s’est produite
error-retry = Réessayer
error-network = Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.
error-timeout = Le serveur a mis trop de temps à répondre. Veuillez réessayer.
error-not-found = Nous n’avons pas trouvé ce que vous cherchiez.
error-http = Le serveur n’a pas pu répondre (erreur { $status }).
error-malformed = Le serveur a envoyé une réponse illisible.
error-too-large = Le serveur a envoyé beaucoup plus de données que prévu ; elles n’ont pas été chargées. Veuillez réessayer plus tard.
error-panic = Un problème est survenu et cette page a cessé de fonctionner. Votre panier et vos brouillons sont enregistrés dans ce navigateur.
error-panic-reload = Recharger la page
error-config = L’application n’est pas correctement configurée : sa configuration n’a pas pu être lue.
error-server-says = Message du serveur : { $message }
error-locale = Impossible de charger cette langue. La page reste dans la langue actuelle.
offline-note = Vous êtes hors ligne. Les pages déjà consultées s’ouvrent toujours ; les modifications de votre panier sont conservées et envoyées dès le retour de la connexion.
error-validation = Certaines informations doivent être corrigées. Vérifiez les champs signalés.
error-conflict = Cette validation de commande a déjà servi pour une autre commande. Vérifiez votre panier, puis recommencez.
error-price-changed = Les prix ou la disponibilité ont changé depuis votre dernière vérification. Vérifiez les nouveaux prix avant de confirmer : rien n’a été commandé.
error-quote-expired = Ce devis a expiré. Demandez-en un nouveau au fournisseur.

not-found-title = Page introuvable
not-found-body = Il n’existe aucune page à l’adresse { $path }. Le lien est peut-être mal saisi, ou la page a été déplacée.
not-found-home = Aller à la page d’accueil
not-found-catalog = Parcourir le catalogue

fallback-english = Original en anglais : pas encore traduit
verified = Vérifié
error-unauthenticated = Vous n’êtes pas connecté ou votre session a expiré. Reconnectez-vous : rien de ce que vous avez saisi n’est perdu.
error-forbidden = Ce compte ne peut pas faire cela. Connectez-vous en tant qu’exposant de ce stand.
nav-sign-in = Se connecter
nav-exhibitor = Console exposant
nav-sign-out = Se déconnecter
