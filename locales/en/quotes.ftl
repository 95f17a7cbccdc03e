## Quotes

quotes-title = Requests for quotation
