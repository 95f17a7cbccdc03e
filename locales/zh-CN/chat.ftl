## Chat

chat-title = 展位聊天
