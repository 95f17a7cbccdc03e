## Quotes

quotes-title = Solicitudes de cotización
