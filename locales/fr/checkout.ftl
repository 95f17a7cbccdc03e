## Checkout

checkout-title = Validation de la commande
checkout-draft-reset = Les informations de commande enregistrées n'ont pas pu être lues ; le formulaire repart de zéro.
checkout-empty-title = Rien à commander
checkout-empty-body = Votre panier est vide. Ajoutez d'abord des produits depuis le catalogue.
checkout-cart-needs-fixing = Certaines lignes de votre panier doivent être modifiées (quantité ou disponibilité) avant de commander.
checkout-back-to-cart = Vérifier le panier
checkout-kept-locally = Votre panier et tout ce que vous avez saisi restent sur cet appareil. Réessayez quand le serveur répondra.
checkout-steps = Étapes de la commande
checkout-step-count = Étape { $current } sur { $total } :
checkout-step-company = Entreprise
checkout-step-shipping-address = Adresse de livraison
checkout-step-billing-address = Adresse de facturation
checkout-step-delivery = Expédition par fournisseur
checkout-step-payment = Paiement
checkout-step-review = Vérifier et commander
checkout-back = Retour
checkout-continue = Continuer
checkout-summary = Récapitulatif de la commande
checkout-suppliers =
    { $count ->
        [one] De { $count } fournisseur, expédié et facturé séparément.
        [many] De { $count } fournisseurs, chacun expédié et facturé séparément.
       *[other] De { $count } fournisseurs, chacun expédié et facturé séparément.
    }

## Fields and their errors

checkout-choose-country = Choisissez un pays
checkout-choose = Choisissez…
checkout-legal-name = Raison sociale
checkout-company-country = Pays d'immatriculation
checkout-tax-id = N° de TVA / identifiant fiscal
checkout-tax-id-hint-country = Choisissez d'abord le pays d'immatriculation : le format en dépend.
checkout-tax-id-hint-free = Le numéro d'identification fiscale de votre entreprise.
checkout-tax-id-hint = Exemple de format : { $example }
checkout-po-number = Numéro de bon de commande (PO)
checkout-cost-centre = Centre de coûts (facultatif)
checkout-contact-email = E-mail de contact pour cette commande
checkout-error-required = Veuillez remplir ce champ.
checkout-error-invalid-format = Cela ne semble pas correct. Veuillez vérifier.
checkout-error-tax-id = Ce numéro n'est pas valide pour ce pays. Format attendu, par exemple : { $example }
checkout-error-too-long = C'est trop long. Veuillez raccourcir.
checkout-error-not-offered = Cette option n'est pas disponible ici. Veuillez en choisir une autre.
checkout-error-below-moq = Une quantité est inférieure au minimum de commande du fournisseur.
checkout-error-not-multiple = Une quantité n'est pas un multiple du conditionnement du fournisseur.
checkout-error-other = Veuillez vérifier ce champ.

address-country = Pays
address-recipient = Destinataire ou service
address-line1 = Numéro et rue
address-line2 = Bâtiment, étage, local (facultatif)
address-city = Ville
address-region-state = État
address-region-province = Province
address-region-emirate = Émirat
address-region-prefecture = Préfecture
address-region-region = Région (facultatif)
address-postal-code = Code postal
address-postal-hint = Par exemple : { $example }
address-phone = Téléphone pour le transporteur (facultatif)
checkout-billing-same = Facturer à l'adresse de livraison

## Payment

checkout-payment-method = Mode de paiement
checkout-pay-bank-transfer = Virement bancaire (T/T)
checkout-pay-bank-transfer-note = Les coordonnées bancaires de chaque fournisseur accompagnent la confirmation de commande.
checkout-pay-bank-transfer-unavailable = Le virement n'est pas possible pour cette commande.
checkout-pay-letter-of-credit = Lettre de crédit
checkout-pay-letter-of-credit-note = Votre banque ouvre un crédit documentaire en faveur de chaque fournisseur.
checkout-pay-letter-of-credit-unavailable = Les lettres de crédit ne sont pas possibles pour cette commande.
checkout-pay-card = Carte
checkout-pay-card-note = Vous payez sur la page sécurisée du prestataire de paiement ; Tradefair ne voit jamais votre numéro de carte.
checkout-pay-card-unavailable = Aucun prestataire de paiement par carte n'est relié à cette boutique : les cartes ne sont pas acceptées.
checkout-pay-net-terms = Paiement à terme
checkout-pay-net-terms-note = Réglez la facture dans le nombre de jours convenu.
checkout-pay-net-terms-unavailable = Réservé aux acheteurs disposant d'une ligne de crédit approuvée. Votre entreprise n'en a pas encore.
checkout-issuing-bank = Banque émettrice
checkout-net-days = Payable sous
checkout-days =
    { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
checkout-escrow = Utiliser la garantie commerciale (séquestre)
checkout-escrow-note = Votre paiement est placé sous séquestre et versé au fournisseur seulement quand vous confirmez la livraison.
checkout-escrow-on = Garantie commerciale : paiement sous séquestre jusqu'à la confirmation de livraison.
checkout-escrow-off = Sans garantie commerciale.

## Review and placing

checkout-edit = Modifier
checkout-edit-label = Modifier : { $section }
checkout-line-quantity = × { $quantity }
checkout-supplier-subtotal = Sous-total du fournisseur :
checkout-in-supplier-currency = ({ $amount } dans la devise du fournisseur)
checkout-goods-total = Total des marchandises :
checkout-total-note = Marchandises seules. Le fret, les droits et les taxes dépendent de l'Incoterm de chaque fournisseur (voir les estimations).
checkout-place-order = Passer la commande
checkout-placing = Commande en cours…
checkout-see-orders = Voir vos commandes
checkout-nothing-lost = Rien n'est perdu : votre panier et vos informations sont conservés. Réessayer ne passe jamais la commande deux fois.
checkout-pending-note = Une tentative précédente nous est peut-être déjà parvenue. Repasser la commande est sans risque : elle ne sera pas passée deux fois.
checkout-price-changed-title = Les prix ont changé
checkout-old-total = Avant :
checkout-new-total = Maintenant :
checkout-accept-prices = Accepter les nouveaux prix

## Landed-cost estimate

landed-title = Estimation du coût rendu
landed-incoterm = Incoterm
landed-method = Mode d'expédition
method-sea = Fret maritime
method-air = Fret aérien
method-express = Coursier express
method-rail = Fret ferroviaire
landed-no-incoterm = Les produits de ce fournisseur n'ont aucun Incoterm en commun : commandez-les séparément ou demandez un devis.
landed-need-destination = Choisissez le pays de destination pour voir le fret, les droits, les taxes et le délai de livraison.
landed-unavailable = Ce mode d'expédition ne dessert pas cet itinéraire. Veuillez en choisir un autre.
landed-error = L'estimation n'a pas pu être calculée : un taux de change manque.
landed-includes = Ce que comprend le prix { $incoterm }
landed-cost = Coût
landed-amount = Estimation
landed-who-pays = Payé par
landed-goods = Marchandises (le prix)
landed-in-price = Compris dans le prix
landed-buyer-pays = Vous, en plus
landed-cost-export-clearance = Dédouanement export
landed-cost-main-freight = Transport principal
landed-cost-insurance = Assurance marchandises
landed-cost-import-duty = Droits de douane ({ $rate } %)
landed-cost-import-vat = TVA à l'importation ({ $rate } %)
landed-cost-delivery-to-door = Livraison à votre porte
landed-on-top = Vous payez en plus du prix :
landed-total = Coût rendu estimé :
landed-delivery = Délai de livraison : { $min } à { $max } jours après la commande.
landed-rounding = Montants en { $currency }. Chaque conversion et chaque pourcentage est arrondi une fois à la plus petite unité (moitié vers l'extérieur). Une estimation, pas un devis.
landed-basis-title = Comment c'est estimé
landed-basis-illustrative-rates-2026 = Les taux proviennent d'un barème indicatif 2026, pas d'un devis.
landed-basis-cartons-from-packaging = Poids et volume d'après les cartons du fournisseur (un carton partiellement rempli compte comme plein).
landed-basis-unit-weight-estimate = Certains produits n'ont pas de données de carton : poids unitaire plus 10 % d'emballage, 200 kg par mètre cube.
landed-basis-sea-revenue-tonne = Fret maritime à la tonne payante (1 m³ ou 1 000 kg, le plus élevé), au moins une.
landed-basis-air-volumetric-6000 = Fret aérien au poids taxable (6 000 cm³ par kg), arrondi au 0,5 kg supérieur.
landed-basis-express-volumetric-5000 = Express au poids taxable (5 000 cm³ par kg), arrondi au 0,5 kg supérieur.
landed-basis-rail-volumetric-2000 = Fret ferroviaire au poids taxable (1 m³ compte pour 500 kg), en kilogrammes entiers.
landed-basis-insurance-on-goods-plus-freight = L'assurance vaut 0,3 % des marchandises plus le fret.
landed-basis-duty-on-cif = Les droits portent sur la valeur CAF (marchandises, fret et assurance).
landed-basis-duty-on-goods-value = Les droits portent sur la seule valeur des marchandises (valeur en douane sans le fret).
landed-basis-mfn-average-by-category = Les taux de droits sont des moyennes NPF par catégorie : sans préférences, contingents ni mesures de défense commerciale.
landed-basis-import-vat-on-cif-plus-duty = La TVA à l'importation porte sur la valeur CAF plus les droits.
landed-basis-import-vat-recoverable = Les acheteurs assujettis à la TVA peuvent généralement récupérer la TVA à l'importation.
landed-basis-intra-eu-reverse-charge = Au sein de l'UE : pas de droits de douane ; TVA autoliquidée par l'acheteur.
landed-basis-domestic = Même pays : aucune formalité douanière.
landed-basis-converted-once = Montants convertis une seule fois dans votre devise, arrondis (moitié vers l'extérieur).
landed-basis-window-is-lead-time-plus-transit = Le délai de livraison est le délai de fabrication plus le transport et le dédouanement.
