## Chat

chat-title = Stand-Chat
