## Chat

chat-title = دردشة الجناح
