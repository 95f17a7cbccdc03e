# The product page.

product-gallery = Images du produit
product-image-alt = { $name }, image { $index } sur { $total }
product-show-image = Afficher l’image { $index }
product-breadcrumb = Fil d’Ariane
product-price-tiers = Prix selon la quantité
product-tier-quantity = Quantité
product-tier-from = { $quantity } ou plus
product-tier-range = { $from } – { $to }
product-tier-price = Prix unitaire
product-tier-supplier-price = Prix du fournisseur
product-tier-saving = Économie
product-tier-saving-value = −{ $percent }
product-rate-note = Converti au taux de 1 { $from } = { $rate } { $to } (taux du { $date }), arrondi à la plus petite unité monétaire. Le fournisseur facture en { $from }.
product-moq = Minimum de commande
product-multiple = Commande par multiples de { $quantity }
product-lead-time = Délai de livraison
product-lead-time-days =
    { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
product-incoterms = Incoterms proposés
product-certifications = Certifications
product-no-certifications = Aucune déclarée par le fournisseur
product-description = Description
product-specs = Caractéristiques techniques
product-packaging = Emballage export
packaging-per-carton = Unités par carton
packaging-carton-size = Dimensions du carton
packaging-gross-weight = Poids brut par carton
packaging-none = Le fournisseur n’a pas fourni de détails sur l’emballage.
product-carbon = Empreinte carbone
product-carbon-value = { $kg } kg CO₂e par unité (du berceau à la sortie d’usine)
product-carbon-none = Le fournisseur n’a pas communiqué d’empreinte carbone.
product-overseas = Entrepôts à l’étranger
product-overseas-row =
    { $quantity } en stock, expédition sous { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
product-overseas-none = Expédition depuis l’usine uniquement.
product-listed = Mis en ligne le { $date }
product-supplier = Fournisseur
product-more-from-supplier = Autres produits de ce fournisseur

incoterm-EXW = EXW : À l’usine
incoterm-FOB = FOB : Franco à bord
incoterm-CIF = CIF : Coût, assurance et fret
incoterm-DAP = DAP : Rendu au lieu de destination
incoterm-DDP = DDP : Rendu droits acquittés

spec-model = Modèle
spec-material = Matériau
spec-dimensions = Dimensions
spec-weight = Poids net
spec-color = Couleur (RAL)
spec-warranty-months = Garantie (mois)
spec-origin = Pays d’origine
spec-power = Puissance
spec-voltage = Tension
spec-battery = Batterie
spec-connectivity = Connectivité
spec-screen-size = Taille de l’écran
spec-resolution = Résolution
spec-storage = Stockage
spec-length = Longueur
spec-width = Largeur
spec-thickness = Épaisseur
spec-diameter = Diamètre
spec-capacity = Capacité
spec-luminous-flux = Flux lumineux
spec-color-temperature = Température de couleur
spec-ip-rating = Indice de protection (IP)
spec-base = Culot
spec-working-area = Surface de travail
spec-pressure = Pression
spec-flow-rate = Débit
spec-press-force = Force de pressage
spec-clamping-force = Force de fermeture
spec-output = Puissance de sortie
spec-frequency = Fréquence
spec-speed = Vitesse
spec-fabric-weight = Grammage du tissu
spec-thread-count = Nombre de fils
spec-size = Taille
spec-neck-finish = Type de col
spec-paper-weight = Grammage du papier
spec-pieces = Pièces par jeu
spec-load-capacity = Charge admissible
spec-height-range = Plage de hauteur
spec-seat-height = Hauteur d’assise
spec-oe-number = Référence OE
spec-thread = Filetage
spec-spf = Facteur de protection solaire (FPS)
spec-persons = Personnes
spec-water-column = Colonne d’eau
spec-comfort-temperature = Température de confort
spec-drive = Carré d’entraînement
spec-torque = Couple
spec-strength-class = Classe de qualité
spec-working-range = Portée
spec-tip-size = Taille de la pointe
spec-sheets = Nombre de feuilles
spec-security-level = Niveau de sécurité
spec-sheet-capacity = Capacité en feuilles

# Ordering from the product page.
order-quantity = Quantité
order-not-a-number = Saisissez un nombre entier, par exemple 500.
order-below-moq = Le minimum de commande est de { $moq }.
order-raise-to = Porter à { $quantity }
order-not-multiple = Ce produit est vendu par multiples de { $multiple }.
order-round-to = Passer à { $quantity }
order-line-total = Total pour { $quantity } :
order-saving = Vous économisez { $amount } par rapport au premier palier de prix.
order-next-break = Commandez { $quantity } ou plus pour payer { $price } l’unité.
order-add-to-cart = Ajouter au panier
order-added = Vous avez ajouté { $quantity } à votre panier.
order-view-cart = Voir le panier
order-in-cart = Dans votre panier : { $quantity }
