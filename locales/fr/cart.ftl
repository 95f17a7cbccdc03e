# The cart.

cart-title = Panier
cart-empty-title = Votre panier est vide
cart-empty-body = Trouvez des produits dans le catalogue et ajoutez-les ici. Votre panier est conservé sur cet appareil.
cart-migrated = Votre panier, enregistré par une ancienne version de Tradefair, a été mis à jour.
cart-reset = Votre panier enregistré n’a pas pu être lu et a donc été vidé. Veuillez nous excuser pour la gêne occasionnée.
cart-dropped =
    { $count ->
        [one] Une ligne de votre panier enregistré était illisible et a été supprimée.
        [many] { $count } lignes de votre panier enregistré étaient illisibles et ont été supprimées.
       *[other] { $count } lignes de votre panier enregistré étaient illisibles et ont été supprimées.
    }
cart-dismiss = Fermer
cart-kept-locally =
    { $count ->
        [one] Votre panier ({ $count } ligne) est conservé en sécurité sur cet appareil ; les prix s’afficheront dès que le serveur répondra.
        [many] Votre panier ({ $count } lignes) est conservé en sécurité sur cet appareil ; les prix s’afficheront dès que le serveur répondra.
       *[other] Votre panier ({ $count } lignes) est conservé en sécurité sur cet appareil ; les prix s’afficheront dès que le serveur répondra.
    }
cart-unavailable =
    { $count ->
        [one] Un produit de votre panier n’est plus disponible.
        [many] { $count } produits de votre panier ne sont plus disponibles.
       *[other] { $count } produits de votre panier ne sont plus disponibles.
    }
cart-remove = Supprimer
cart-ships-separately = Ce fournisseur expédie et facture séparément.
cart-supplier-subtotal = Sous-total fournisseur :
cart-summary = Récapitulatif du panier
cart-total = Total des marchandises :
cart-total-note = Marchandises uniquement, hors fret, droits de douane et taxes. Chaque ligne est convertie une seule fois dans votre devise, puis additionnée.
cart-prices-checked = Prix vérifiés le { $time } par rapport à la liste de prix en vigueur du fournisseur.
cart-fix-lines = Certaines quantités doivent être modifiées avant de passer commande : consultez les messages ci-dessus.
cart-quoted-price = Prix indiqué
cart-destination = Pays de destination
cart-destination-note = Sert aux estimations de fret, de droits et de taxes ci-dessous, et de pays de votre adresse de livraison lors de la commande.
cart-proceed = Passer à la commande
