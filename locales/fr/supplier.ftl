# The supplier page and supplier cards.

supplier-location = { $city }, { $country }
supplier-verified-by = Vérifié par { $company }
supplier-verified-dates = Contrôlé le { $date }, valable jusqu’au { $until }
supplier-not-verified = Pas encore vérifié par une société d’inspection
supplier-scope = Points contrôlés
scope-business-licence = Licence commerciale
scope-factory-audit = Audit d’usine
scope-export-licence = Licence d’exportation
scope-quality-system = Système de management de la qualité
supplier-years =
    { $years ->
        [one] { $years } an d’activité
        [many] { $years } ans d’activité
       *[other] { $years } ans d’activité
    }
supplier-response-rate = Taux de réponse
supplier-response-time = Délai de réponse habituel
supplier-response-hours =
    { $hours ->
        [one] sous { $hours } heure
        [many] sous { $hours } heures
       *[other] sous { $hours } heures
    }
supplier-employees = Effectif
supplier-transactions = Historique des transactions (12 derniers mois)
supplier-orders = Commandes
supplier-volume = Valeur des commandes
supplier-on-time = Livraisons à temps
supplier-rating = Note des acheteurs
supplier-rating-value =
    { $rating } sur 5 ({ $reviews ->
        [one] { $reviews } avis
        [many] { $reviews } avis
       *[other] { $reviews } avis
    })
supplier-main-markets = Principaux marchés
supplier-currency = Facture en
supplier-about = À propos de l’entreprise
supplier-products =
    { $count ->
        [one] { $count } produit
        [many] { $count } produits
       *[other] { $count } produits
    }
supplier-all-products = Voir tous les produits du catalogue
supplier-visit = Voir le fournisseur
supplier-facts = L’entreprise en bref
