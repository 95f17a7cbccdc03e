## Chat

chat-title = Discussion du stand
