## Chat

chat-title = Booth chat
