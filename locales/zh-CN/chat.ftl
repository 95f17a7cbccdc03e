## Chat

chat-title = 展位聊天
chat-tabs-label = 展位频道
chat-tab-chat = 聊天（{ $count }）
chat-tab-questions = 问答（{ $count }）
chat-tab-pinned = 产品（{ $count }）
chat-status-connecting = 正在连接…
chat-status-live = 直播中
chat-status-reconnecting = 正在重新连接…
chat-new-messages = 聊天中有 { $count } 条新消息

## Messages

chat-messages-label = 聊天消息
chat-empty-messages = 还没有消息。来打个招呼吧。
chat-exhibitor = 展商
chat-translated = 机器自动翻译。
chat-original = 原文。
chat-show-original = 显示原文
chat-show-translation = 显示译文

## Writing

chat-name-label = 您的姓名
chat-message-label = 消息
chat-message-placeholder = 给展商和其他买家留言
chat-question-label = 您的问题
chat-question-placeholder = 询问价格、样品、运输等…
chat-send = 发送
chat-ask = 提问
chat-sending = 正在发送…
chat-chars-left = 还可输入 { $count } 个字符
chat-error-author-required = 请输入您的姓名，让展商知道是谁在提问。
chat-error-author-too-long = 姓名最多 { $max } 个字符。
chat-error-text-required = 请先输入内容再发送。
chat-error-text-too-long = 请将内容缩短到 { $max } 个字符（当前 { $count } 个）。
chat-error-invalid = 请删除文本中不可见的控制字符。
chat-error-send = 未发送：{ $reason } 您的内容已保留，请重试。

## Questions

chat-questions-label = 问题（按点赞数排序）
chat-empty-questions = 还没有问题。有什么想问展商的都可以提问。
chat-votes = { $count } 票
chat-upvote = 点赞
chat-upvoted = 已点赞
chat-upvote-question = 点赞：{ $question }
chat-upvoted-question = 已点赞：{ $question }
chat-upvote-error = 您的点赞未计入：{ $reason }
chat-asked-by = 提问者：{ $author }
chat-answered = 已回答

## Pinned products

chat-pinned-label = 展商置顶的产品
chat-empty-pinned = 目前没有置顶产品。展商会在介绍产品时将其置顶。
chat-min-order = 起订量：{ $quantity }
chat-add-to-cart = 加入购物车
chat-add-to-cart-named = 加入购物车：{ $name }
chat-added = 已将 { $quantity } 加入购物车。
