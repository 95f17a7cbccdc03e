## Orders

orders-title = Commandes
orders-empty-title = Aucune commande pour l’instant
orders-empty-body = Vos commandes apparaissent ici, avec leur statut et le suivi de l’expédition.
orders-browse = Parcourir le catalogue

## One order or a checkout's confirmation

order-title = Commande { $number }
order-confirmation-title = Confirmation de commande
order-confirmation-body =
    { $count ->
        [one] Merci : le paiement { $checkout } a créé { $count } commande. Chaque fournisseur confirme, expédie et facture sa propre commande :
        [many] Merci : le paiement { $checkout } a créé { $count } commandes, une par fournisseur. Chaque fournisseur confirme, expédie et facture sa propre commande :
       *[other] Merci : le paiement { $checkout } a créé { $count } commandes, une par fournisseur. Chaque fournisseur confirme, expédie et facture sa propre commande :
    }
order-back = Toutes les commandes
order-number = Commande
order-placed-on = Passée le { $date }
order-timeline = Statut
order-expected-on = Prévu le { $date }
order-step-pending = Pas encore
order-shipment = Expédition
order-ships-from = Expédié depuis
order-ships-from-factory = L’usine du fournisseur
order-ships-from-warehouse = Entrepôt à l’étranger : { $country }
order-method = Mode de transport
order-incoterm = Incoterm
order-tracking = Suivi
order-tracking-none = Un numéro de suivi apparaît ici dès l’expédition des marchandises.
order-payment = Paiement
order-payment-method = Moyen de paiement
order-escrow = Garantie commerciale (séquestre)
order-po-number = Numéro de bon de commande
order-ship-to = Livrer à
order-lines = Produits
order-goods-total = Total des marchandises
order-download-csv = Télécharger le CSV
order-print = Imprimer
order-download-failed = Le fichier n’a pas pu être créé dans ce navigateur. Utilisez « Imprimer » à la place.

order-status-placed = Passée
order-status-confirmed = Confirmée
order-status-in-production = En production
order-status-shipped = Expédiée
order-status-customs = En douane
order-status-delivered = Livrée

order-escrow-not-used = Non utilisée
order-escrow-awaiting-payment = En attente de paiement
order-escrow-held = Paiement retenu jusqu’à ce que vous confirmiez la livraison
order-escrow-released = Versé au fournisseur

order-payment-card = Carte
order-payment-bank-transfer = Virement bancaire (T/T)
order-payment-letter-of-credit = Lettre de crédit
order-payment-net-terms = À { $days } jours

order-method-sea = Fret maritime
order-method-air = Fret aérien
order-method-express = Messagerie express
order-method-rail = Fret ferroviaire

## CSV columns (also the order table's headings)

order-csv-number = Numéro de commande
order-csv-checkout = Paiement
order-csv-placed = Date
order-csv-supplier = Fournisseur
order-csv-status = Statut
order-csv-product-id = ID produit
order-csv-product = Produit
order-csv-quantity = Quantité
order-csv-unit = Unité
order-csv-unit-price = Prix unitaire
order-csv-line-total = Total de la ligne
order-csv-currency = Devise
order-csv-incoterm = Incoterm
order-csv-ships-from = Expédié depuis
order-csv-po-number = Bon de commande
order-csv-escrow = Séquestre
order-csv-tracking = Suivi
order-csv-total = Total
