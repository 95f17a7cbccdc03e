## Quotes

quotes-title = Demandes de devis
quotes-intro = Demandez aux fournisseurs un prix pour votre quantité, comparez leurs devis côte à côte et acceptez le meilleur.
quotes-list-title = Vos demandes
quotes-empty-title = Aucune demande pour l’instant
quotes-empty-body = Les demandes envoyées apparaissent ici, avec les devis des fournisseurs dès leur arrivée.

## Links from the product page and the cart

rfq-link-product = Demander un devis
rfq-link-supplier = Demander un devis pour ces produits
rfq-link-cart = Demander un devis pour tout le panier

## The new-request form

rfq-form-title = Nouvelle demande de devis
rfq-form-start = Commencez une demande depuis la page d’un produit ou depuis votre panier : les produits et quantités sont remplis pour vous.
rfq-form-browse = Parcourir le catalogue
rfq-products = Produits
rfq-quantity = Quantité
rfq-moq = commande minimale { $quantity }
rfq-remove-product = Retirer de la demande
rfq-suppliers = Demander aussi à d’autres fournisseurs
rfq-suppliers-note = Le fournisseur du produit est toujours sollicité. Cochez-en d’autres de la même catégorie pour comparer plus d’offres.
rfq-suppliers-none = Aucun autre fournisseur dans cette catégorie.
rfq-target-price = Prix unitaire cible (facultatif)
rfq-target-currency = Devise du prix cible
rfq-target-price-hint = Le prix unitaire que vous espérez payer, par exemple 1,25. Les fournisseurs le voient ; laissez vide pour les laisser proposer.
rfq-destination = Pays de destination
rfq-destination-choose = Choisissez un pays
rfq-incoterm = Incoterm
rfq-needed-by = Nécessaire pour le
rfq-message = Message au fournisseur (facultatif)
rfq-attachments = Noms des pièces jointes (facultatif)
rfq-attachments-hint = Un nom de fichier par ligne, par exemple spec.pdf. Les fichiers ne sont pas téléversés : seuls leurs noms sont envoyés, et vous partagez les fichiers avec le fournisseur dans la messagerie dès sa réponse.
rfq-draft-kept = Votre demande non envoyée est conservée sur cet appareil : vous pouvez partir et revenir.
rfq-send = Envoyer la demande
rfq-sending = Envoi…
rfq-discard = Abandonner la demande
rfq-sent-notice =
    { $count ->
        [one] Demande envoyée à { $count } fournisseur. Les devis apparaissent ci-dessous dès leur arrivée.
        [many] Demande envoyée à { $count } fournisseurs. Les devis apparaissent ci-dessous dès leur arrivée.
       *[other] Demande envoyée à { $count } fournisseurs. Les devis apparaissent ci-dessous dès leur arrivée.
    }

## Field errors

rfq-error-items = Ajoutez au moins un produit à la demande.
rfq-error-items-unavailable = Un produit de cette demande n’a pas pu être chargé. Retirez-le ou réessayez plus tard.
rfq-error-suppliers = Sollicitez au plus 10 fournisseurs par demande.
rfq-error-quantity-required = Saisissez une quantité d’au moins 1.
rfq-error-quantity = Saisissez la quantité en nombre entier, par exemple 500.
rfq-error-target-price = Saisissez le prix cible en montant positif avec au plus les décimales de la devise, par exemple 1,25, ou laissez vide.
rfq-error-destination = Choisissez le pays où vont les marchandises.
rfq-error-destination-invalid = Choisissez un pays dans la liste.
rfq-error-needed-by = Saisissez la date à laquelle il vous faut les marchandises.
rfq-error-needed-by-past = La date ne peut pas être dans le passé.
rfq-error-needed-by-invalid = Saisissez une date comme 2027-01-31.
rfq-error-attachments = Indiquez au plus 10 noms de fichier de 200 caractères maximum chacun.
rfq-error-too-long = C’est trop long : restez sous 2 000 caractères.
rfq-error-required = Ce champ est obligatoire.
rfq-error-invalid = Cette valeur n’est pas valide.

## An RFQ in the list

rfq-status-waiting = En attente de devis
rfq-status-quoted =
    { $count ->
        [one] { $count } devis
        [many] { $count } devis
       *[other] { $count } devis
    }
rfq-status-accepted = Devis accepté
rfq-status-declined = Aucun devis
rfq-sent = Envoyée
rfq-attachments-listed = Pièces jointes indiquées :
rfq-waiting-label = Fournisseurs ayant répondu
rfq-waiting = En attente de devis : { $answered } fournisseur(s) sur { $asked } ont répondu. Cette page se met à jour toute seule.
rfq-none-quoted = Aucun des fournisseurs sollicités n’avait de produit équivalent à proposer.
rfq-some-declined =
    { $count ->
        [one] { $count } fournisseur n’avait pas de produit équivalent et n’a pas fait de devis.
        [many] { $count } fournisseurs n’avaient pas de produit équivalent et n’ont pas fait de devis.
       *[other] { $count } fournisseurs n’avaient pas de produit équivalent et n’ont pas fait de devis.
    }

## Comparison

quotes-compare-caption = Devis comparés en { $currency }
quotes-col-supplier = Fournisseur
quotes-col-unit-price = Prix unitaire
quotes-col-total = Total
quotes-col-incoterm = Incoterm
quotes-col-lead-time = Délai
quotes-col-valid-until = Valable jusqu’au
quotes-col-action = Action
quotes-quantity = Quantité { $count }
quotes-days =
    { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }
quotes-best-price = Meilleur prix
quotes-best-lead-time = Le plus rapide
quotes-best-expiry = Valable le plus longtemps
quotes-mixed-incoterms = Ces devis utilisent des Incoterms différents : leurs prix incluent des services différents (fret, assurance, droits). Comparez aussi la colonne Incoterm.
quotes-normalised = Prix convertis en { $currency } au cours du jour ; le prix propre du fournisseur figure dessous s’il diffère.
quotes-no-rate = Ces devis ne peuvent pas être comparés : un taux de change manque.
quotes-accept = Accepter
quotes-accept-from = Accepter le devis de { $supplier }
quotes-accepted = Accepté
quotes-view-cart = Voir le panier
quotes-expired = Expiré le { $date } : ce devis ne peut plus être accepté. Envoyez une nouvelle demande pour un prix à jour.
quotes-added-to-cart = Ajouté à votre panier : { $quantity } à { $price } l’unité, le prix du devis, valable jusqu’au { $date }.
