# The frame of the app: header, footer, shared states and errors.

app-name = Tradefair
app-tagline = 汇聚全球认证供应商的批发平台
# Shown by index.html before the app runs (scripts/harden.mjs copies it in at build time).
boot-failed = Tradefair 无法启动：某个文件已损坏或不完整。请重新加载页面再试。
skip-to-content = 跳到主要内容
nav-label = 主菜单
nav-home = 首页
nav-catalog = 产品目录
nav-expo = 展会
nav-quotes = 询价
nav-orders = 订单

header-search-label = 搜索产品
header-search-placeholder = 搜索产品，例如 LED 面板灯
header-search-submit = 搜索
header-language = 语言
header-currency = 货币
header-cart =
    { $count ->
        [0] 购物车为空
       *[other] 购物车，共 { $count } 项
    }

# Language names are written in their own language, so a buyer finds theirs.
lang-en = English
lang-zh-CN = 简体中文
lang-es = Español
lang-de = Deutsch
lang-ar = العربية
lang-fr = Français

footer-demo = 演示数据在您的浏览器中生成，无需服务器。
footer-http = 实时数据来自 { $server }。
footer-rates = 汇率截至 { $date }。
footer-rounding = 换算后的价格按显示货币的最小单位四舍五入（恰为一半时向远离零的方向舍入）。

loading = 正在加载…
loading-locale = 正在加载 { $language }…
error-title = 出错了
error-retry = 重试
error-network = 无法连接服务器。请检查网络连接后重试。
error-timeout = 服务器响应超时，请重试。
error-not-found = 未找到您要查找的内容。
error-http = 服务器无法响应（错误 { $status }）。
error-malformed = 服务器返回的响应无法读取。
error-too-large = 服务器发送的数据远超预期，因此未加载。请稍后再试。
error-panic = 出现问题，此页面已停止工作。您的购物车和草稿已保存在此浏览器中。
error-panic-reload = 重新加载页面
error-config = 应用设置有误：无法读取其配置。
error-server-says = 服务器消息：{ $message }
error-locale = 无法加载该语言，页面将保持当前语言。
offline-note = 您已离线。之前访问过的页面仍可打开；购物车的更改会被保留，并在恢复联网后发送。
error-validation = 部分信息需要更正，请检查标出的字段。
error-conflict = 此结算流程已用于另一笔订单。请检查购物车，然后重新开始结算。
error-price-changed = 自您上次核对以来，价格或库存已发生变化。请在确认前查看新价格：尚未下单。
error-quote-expired = 该报价已过期，请向供应商索取新的报价。

not-found-title = 页面不存在
not-found-body = { $path } 处没有页面。链接可能输入有误，或页面已被移动。
not-found-home = 返回首页
not-found-catalog = 浏览产品目录

fallback-english = 英文原文：尚未翻译
verified = 已认证
error-unauthenticated = 您尚未登录，或会话已结束。请重新登录：您输入的内容不会丢失。
error-forbidden = 此账户无权执行该操作。请以该展位的参展商身份登录。
nav-sign-in = 登录
nav-exhibitor = 参展商控制台
nav-sign-out = 退出登录
