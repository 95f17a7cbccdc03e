## Quotes

quotes-title = Angebotsanfragen
