## Quotes

quotes-title = Demandes de devis
