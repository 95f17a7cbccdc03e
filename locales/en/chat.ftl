## Chat

chat-title = Booth chat
chat-tabs-label = Booth channel
chat-tab-chat = Chat ({ $count })
chat-tab-questions = Q&A ({ $count })
chat-tab-pinned = Products ({ $count })
chat-status-connecting = Connecting…
chat-status-live = Live
chat-status-reconnecting = Reconnecting…
chat-new-messages =
    { $count ->
        [one] One new message in the chat
       *[other] { $count } new messages in the chat
    }

## Messages

chat-messages-label = Chat messages
chat-empty-messages = No messages yet. Be the first to say hello.
chat-exhibitor = Exhibitor
chat-translated = Translated automatically.
chat-original = Original text.
chat-show-original = Show original
chat-show-translation = Show translation

## Writing

chat-name-label = Your name
chat-message-label = Message
chat-message-placeholder = Write to the exhibitor and other buyers
chat-question-label = Your question
chat-question-placeholder = Ask about prices, samples, shipping…
chat-send = Send
chat-ask = Ask
chat-sending = Sending…
chat-chars-left =
    { $count ->
        [one] One character left
       *[other] { $count } characters left
    }
chat-error-author-required = Enter your name so the exhibitor knows who is asking.
chat-error-author-too-long = Your name can have at most { $max } characters.
chat-error-text-required = Write something before sending.
chat-error-text-too-long = Shorten your text to { $max } characters (it has { $count }).
chat-error-invalid = Remove the invisible control characters from the text.
chat-error-send = Not sent: { $reason } Your text is kept, try again.

## Questions

chat-questions-label = Questions, most upvoted first
chat-empty-questions = No questions yet. Ask the exhibitor anything.
chat-votes =
    { $count ->
        [one] One vote
       *[other] { $count } votes
    }
chat-upvote = Upvote
chat-upvoted = Upvoted
chat-upvote-question = Upvote: { $question }
chat-upvoted-question = Upvoted: { $question }
chat-upvote-error = Your vote was not counted: { $reason }
chat-asked-by = Asked by { $author }
chat-answered = Answered

## Pinned products

chat-pinned-label = Products pinned by the exhibitor
chat-empty-pinned = No products pinned right now. The exhibitor pins products while presenting them.
chat-min-order = Min. order: { $quantity }
chat-add-to-cart = Add to cart
chat-add-to-cart-named = Add to cart: { $name }
chat-added = Added { $quantity } to the cart.
