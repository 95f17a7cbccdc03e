## Chat

chat-title = Stand-Chat
chat-tabs-label = Kanal des Messestands
chat-tab-chat = Chat ({ $count })
chat-tab-questions = Fragen ({ $count })
chat-tab-pinned = Produkte ({ $count })
chat-status-connecting = Verbinden…
chat-status-live = Live
chat-status-reconnecting = Neu verbinden…
chat-new-messages =
    { $count ->
        [one] Eine neue Nachricht im Chat
       *[other] { $count } neue Nachrichten im Chat
    }

## Messages

chat-messages-label = Chat-Nachrichten
chat-empty-messages = Noch keine Nachrichten. Sagen Sie als Erste oder Erster Hallo.
chat-exhibitor = Aussteller
chat-translated = Automatisch übersetzt.
chat-original = Originaltext.
chat-show-original = Original anzeigen
chat-show-translation = Übersetzung anzeigen

## Writing

chat-name-label = Ihr Name
chat-message-label = Nachricht
chat-message-placeholder = Schreiben Sie dem Aussteller und anderen Einkäufern
chat-question-label = Ihre Frage
chat-question-placeholder = Fragen Sie nach Preisen, Mustern, Versand…
chat-send = Senden
chat-ask = Fragen
chat-sending = Wird gesendet…
chat-chars-left =
    { $count ->
        [one] Noch ein Zeichen
       *[other] Noch { $count } Zeichen
    }
chat-error-author-required = Geben Sie Ihren Namen ein, damit der Aussteller weiß, wer fragt.
chat-error-author-too-long = Ihr Name darf höchstens { $max } Zeichen haben.
chat-error-text-required = Schreiben Sie etwas, bevor Sie senden.
chat-error-text-too-long = Kürzen Sie Ihren Text auf { $max } Zeichen (er hat { $count }).
chat-error-invalid = Entfernen Sie die unsichtbaren Steuerzeichen aus dem Text.
chat-error-send = Nicht gesendet: { $reason } Ihr Text bleibt erhalten, versuchen Sie es erneut.

## Questions

chat-questions-label = Fragen, die meistunterstützten zuerst
chat-empty-questions = Noch keine Fragen. Fragen Sie den Aussteller, was Sie wissen möchten.
chat-votes =
    { $count ->
        [one] Eine Stimme
       *[other] { $count } Stimmen
    }
chat-upvote = Unterstützen
chat-upvoted = Unterstützt
chat-upvote-question = Unterstützen: { $question }
chat-upvoted-question = Unterstützt: { $question }
chat-upvote-error = Ihre Stimme wurde nicht gezählt: { $reason }
chat-asked-by = Gefragt von { $author }
chat-answered = Beantwortet

## Pinned products

chat-pinned-label = Vom Aussteller angeheftete Produkte
chat-empty-pinned = Gerade sind keine Produkte angeheftet. Der Aussteller heftet Produkte an, während er sie vorstellt.
chat-min-order = Mindestbestellung: { $quantity }
chat-add-to-cart = In den Warenkorb
chat-add-to-cart-named = In den Warenkorb: { $name }
chat-added = { $quantity } in den Warenkorb gelegt.
