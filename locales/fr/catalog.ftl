# The catalog: search, filters, sort and results.

catalog-title = Catalogue
catalog-heading = Catalogue de gros
catalog-results =
    { $count ->
        [0] Aucun produit
        [one] { $count } produit
        [many] { $count } produits
       *[other] { $count } produits
    }
catalog-results-for = Résultats pour « { $query } »
catalog-updating = Mise à jour des résultats…
catalog-filters = Filtres
catalog-show-filters = Afficher les filtres
catalog-clear-filters = Effacer tous les filtres
catalog-active-filters = Filtres actifs
catalog-remove-filter = Retirer le filtre : { $filter }
catalog-sort = Trier par
sort-relevance = Pertinence
sort-price-asc = Prix croissant
sort-price-desc = Prix décroissant
sort-moq-asc = Minimum de commande le plus bas
sort-lead-time-asc = Délai le plus court
sort-newest = Plus récents

facet-category = Catégorie
facet-price = Prix unitaire ({ $currency })
facet-price-min = Minimum
facet-price-max = Maximum
facet-price-apply = Appliquer le prix
facet-price-invalid = Saisissez un montant, par exemple { $example }.
facet-price-order = Le minimum ne doit pas dépasser le maximum.
facet-moq = Minimum de commande
facet-moq-any = Toute quantité
facet-moq-up-to = Jusqu’à { $qty }
facet-certifications = Certifications
facet-country = Pays du fournisseur
facet-country-more = Afficher tous les pays
facet-country-less = Afficher moins de pays
facet-lead-time = Délai de livraison
facet-lead-any = Tout délai
facet-lead-within =
    { $days ->
        [one] Expédition sous { $days } jour
        [many] Expédition sous { $days } jours
       *[other] Expédition sous { $days } jours
    }
facet-overseas = En stock dans un entrepôt à l’étranger
facet-count =
    { $count ->
        [one] { $count } produit
        [many] { $count } produits
       *[other] { $count } produits
    }

catalog-empty-title = Aucun produit ne correspond à votre recherche
catalog-empty-body = Essayez d’autres mots ou retirez certains filtres.
catalog-empty-clear = Effacer la recherche et les filtres
catalog-page-out-of-range = Cette page se situe au-delà de la dernière page de résultats.
catalog-first-page = Aller à la première page

pager-label = Pages de résultats
pager-previous = Page précédente
pager-next = Page suivante
pager-page = Page { $page }
pager-status = Page { $page } sur { $pages }

card-moq = Commande min. : { $quantity }
card-lead-time =
    { $days ->
        [one] Expédition en { $days } jour
        [many] Expédition en { $days } jours
       *[other] Expédition en { $days } jours
    }
card-overseas = Stock à l’étranger
card-supplier-price = Prix fournisseur : { $price }

category-electronics = Électronique
category-lighting = Éclairage
category-machinery = Machines
category-textiles = Textiles
category-packaging = Emballage
category-home-kitchen = Maison et cuisine
category-furniture = Mobilier
category-auto-parts = Pièces automobiles
category-beauty-care = Beauté et soins personnels
category-sports-outdoor = Sports et plein air
category-tools-hardware = Outillage et quincaillerie
category-office = Fournitures de bureau

unit-piece =
    { $count ->
        [one] { $count } pièce
        [many] { $count } pièces
       *[other] { $count } pièces
    }
unit-set =
    { $count ->
        [one] { $count } jeu
        [many] { $count } jeux
       *[other] { $count } jeux
    }
unit-pair =
    { $count ->
        [one] { $count } paire
        [many] { $count } paires
       *[other] { $count } paires
    }
unit-meter =
    { $count ->
        [one] { $count } mètre
        [many] { $count } mètres
       *[other] { $count } mètres
    }
unit-kilogram =
    { $count ->
        [one] { $count } kg
        [many] { $count } kg
       *[other] { $count } kg
    }
unit-roll =
    { $count ->
        [one] { $count } rouleau
        [many] { $count } rouleaux
       *[other] { $count } rouleaux
    }
unit-box =
    { $count ->
        [one] { $count } boîte
        [many] { $count } boîtes
       *[other] { $count } boîtes
    }
per-unit-piece = par pièce
per-unit-set = par jeu
per-unit-pair = par paire
per-unit-meter = par mètre
per-unit-kilogram = par kg
per-unit-roll = par rouleau
per-unit-box = par boîte
