## Chat

chat-title = Chat del stand
