## Chat

chat-title = Discussion du stand
chat-tabs-label = Canal du stand
chat-tab-chat = Discussion ({ $count })
chat-tab-questions = Q&R ({ $count })
chat-tab-pinned = Produits ({ $count })
chat-status-connecting = Connexion…
chat-status-live = En direct
chat-status-reconnecting = Reconnexion…
chat-new-messages =
    { $count ->
        [one] Un nouveau message dans la discussion
        [many] { $count } nouveaux messages dans la discussion
       *[other] { $count } nouveaux messages dans la discussion
    }

## Messages

chat-messages-label = Messages de la discussion
chat-empty-messages = Aucun message pour l'instant. Soyez le premier à dire bonjour.
chat-exhibitor = Exposant
chat-translated = Traduit automatiquement.
chat-original = Texte d'origine.
chat-show-original = Voir l'original
chat-show-translation = Voir la traduction

## Writing

chat-name-label = Votre nom
chat-message-label = Message
chat-message-placeholder = Écrivez à l'exposant et aux autres acheteurs
chat-question-label = Votre question
chat-question-placeholder = Posez vos questions sur les prix, les échantillons, l'expédition…
chat-send = Envoyer
chat-ask = Poser
chat-sending = Envoi…
chat-chars-left =
    { $count ->
        [one] { $count } caractère restant
        [many] { $count } caractères restants
       *[other] { $count } caractères restants
    }
chat-error-author-required = Indiquez votre nom pour que l'exposant sache qui pose la question.
chat-error-author-too-long = Votre nom peut compter au plus { $max } caractères.
chat-error-text-required = Écrivez quelque chose avant d'envoyer.
chat-error-text-too-long = Raccourcissez votre texte à { $max } caractères (il en compte { $count }).
chat-error-invalid = Supprimez les caractères de contrôle invisibles du texte.
chat-error-send = Non envoyé : { $reason } Votre texte est conservé, réessayez.

## Questions

chat-questions-label = Questions, les plus soutenues en premier
chat-empty-questions = Aucune question pour l'instant. Posez à l'exposant la question de votre choix.
chat-votes =
    { $count ->
        [one] { $count } vote
        [many] { $count } votes
       *[other] { $count } votes
    }
chat-upvote = Soutenir
chat-upvoted = Soutenue
chat-upvote-question = Soutenir : { $question }
chat-upvoted-question = Soutenue : { $question }
chat-upvote-error = Votre vote n'a pas été compté : { $reason }
chat-asked-by = Posée par { $author }
chat-answered = Répondue

## Pinned products

chat-pinned-label = Produits épinglés par l'exposant
chat-empty-pinned = Aucun produit épinglé pour le moment. L'exposant épingle les produits pendant qu'il les présente.
chat-min-order = Commande min. : { $quantity }
chat-add-to-cart = Ajouter au panier
chat-add-to-cart-named = Ajouter au panier : { $name }
chat-added = { $quantity } ajouté(s) au panier.
