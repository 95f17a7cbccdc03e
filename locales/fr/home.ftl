# The home page.

home-title = Tradefair : le commerce de gros auprès de fournisseurs vérifiés
home-hero-title = Achetez en gros auprès d’usines vérifiées
home-hero-body = Comparez les prix dégressifs et les minimums de commande dans votre propre devise, auprès de { $suppliers } fournisseurs dans { $countries } pays.
home-browse-all =
    { $count ->
        [one] Parcourir { $count } produit
        [many] Parcourir les { $count } produits
       *[other] Parcourir les { $count } produits
    }
home-categories = Acheter par catégorie
home-featured-suppliers = Fournisseurs à la une
home-new-products = Nouveautés des fournisseurs vérifiés
home-stat-products = Produits
home-stat-suppliers = Fournisseurs
home-stat-countries = Pays
