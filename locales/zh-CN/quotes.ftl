## Quotes

quotes-title = 询价单
