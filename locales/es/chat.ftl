## Chat

chat-title = Chat del stand
chat-tabs-label = Canal del stand
chat-tab-chat = Chat ({ $count })
chat-tab-questions = Preguntas ({ $count })
chat-tab-pinned = Productos ({ $count })
chat-status-connecting = Conectando…
chat-status-live = En directo
chat-status-reconnecting = Reconectando…
chat-new-messages =
    { $count ->
        [one] Un mensaje nuevo en el chat
        [many] { $count } mensajes nuevos en el chat
       *[other] { $count } mensajes nuevos en el chat
    }

## Messages

chat-messages-label = Mensajes del chat
chat-empty-messages = Todavía no hay mensajes. Sea el primero en saludar.
chat-exhibitor = Expositor
chat-translated = Traducido automáticamente.
chat-original = Texto original.
chat-show-original = Ver original
chat-show-translation = Ver traducción

## Writing

chat-name-label = Su nombre
chat-message-label = Mensaje
chat-message-placeholder = Escriba al expositor y a otros compradores
chat-question-label = Su pregunta
chat-question-placeholder = Pregunte por precios, muestras, envíos…
chat-send = Enviar
chat-ask = Preguntar
chat-sending = Enviando…
chat-chars-left =
    { $count ->
        [one] Queda un carácter
        [many] Quedan { $count } caracteres
       *[other] Quedan { $count } caracteres
    }
chat-error-author-required = Escriba su nombre para que el expositor sepa quién pregunta.
chat-error-author-too-long = Su nombre puede tener como máximo { $max } caracteres.
chat-error-text-required = Escriba algo antes de enviar.
chat-error-text-too-long = Acorte su texto a { $max } caracteres (tiene { $count }).
chat-error-invalid = Elimine del texto los caracteres de control invisibles.
chat-error-send = No se envió: { $reason } Su texto se conserva; inténtelo de nuevo.

## Questions

chat-questions-label = Preguntas, las más votadas primero
chat-empty-questions = Todavía no hay preguntas. Pregunte al expositor lo que quiera.
chat-votes =
    { $count ->
        [one] Un voto
        [many] { $count } votos
       *[other] { $count } votos
    }
chat-upvote = Votar
chat-upvoted = Votada
chat-upvote-question = Votar: { $question }
chat-upvoted-question = Votada: { $question }
chat-upvote-error = Su voto no se contó: { $reason }
chat-asked-by = Preguntado por { $author }
chat-answered = Respondida

## Pinned products

chat-pinned-label = Productos fijados por el expositor
chat-empty-pinned = Ahora no hay productos fijados. El expositor fija los productos mientras los presenta.
chat-min-order = Pedido mínimo: { $quantity }
chat-add-to-cart = Añadir al carrito
chat-add-to-cart-named = Añadir al carrito: { $name }
chat-added = Se añadieron { $quantity } al carrito.
