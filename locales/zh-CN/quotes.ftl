## Quotes

quotes-title = 询价
quotes-intro = 就您的数量向供应商询价，并排比较报价，接受最合适的一份。
quotes-list-title = 您的询价
quotes-empty-title = 还没有询价
quotes-empty-body = 您发出的询价会显示在这里，供应商的报价到达后也会随之显示。

## Links from the product page and the cart

rfq-link-product = 询价
rfq-link-supplier = 为这些产品询价
rfq-link-cart = 为整个购物车询价

## The new-request form

rfq-form-title = 新询价
rfq-form-start = 请从产品页面或购物车发起询价：产品和数量会自动填好。
rfq-form-browse = 浏览产品目录
rfq-products = 产品
rfq-quantity = 数量
rfq-moq = 最小起订量 { $quantity }
rfq-remove-product = 从询价中移除
rfq-suppliers = 同时询问其他供应商
rfq-suppliers-note = 始终会询问该产品的供应商。勾选同类目的其他供应商，可比较更多报价。
rfq-suppliers-none = 该类目下没有其他供应商。
rfq-target-price = 目标单价（可选）
rfq-target-currency = 目标价格的币种
rfq-target-price-hint = 您希望支付的单价，例如 1.25。供应商可以看到；留空则由供应商自行报价。
rfq-destination = 目的国
rfq-destination-choose = 选择国家
rfq-incoterm = 贸易术语
rfq-needed-by = 需要日期
rfq-message = 给供应商的留言（可选）
rfq-attachments = 附件名称（可选）
rfq-attachments-hint = 每行一个文件名，例如 spec.pdf。文件不会上传：只发送文件名，供应商回复后请在聊天中分享文件。
rfq-draft-kept = 未发送的询价保存在此设备上，您可以稍后回来继续。
rfq-send = 发送询价
rfq-sending = 正在发送…
rfq-discard = 放弃询价
rfq-sent-notice = 询价已发送给 { $count } 家供应商。报价到达后会显示在下方。

## Field errors

rfq-error-items = 请至少为询价添加一个产品。
rfq-error-items-unavailable = 此询价中的某个产品无法加载。请移除它，或稍后再试。
rfq-error-suppliers = 一次询价最多询问 10 家供应商。
rfq-error-quantity-required = 请输入至少为 1 的数量。
rfq-error-quantity = 请以整数输入数量，例如 500。
rfq-error-target-price = 请以正数输入目标价格，小数位不超过该币种的位数，例如 1.25；或留空。
rfq-error-destination = 请选择货物的目的国。
rfq-error-destination-invalid = 请从列表中选择国家。
rfq-error-needed-by = 请输入您需要货物的日期。
rfq-error-needed-by-past = 日期不能早于今天。
rfq-error-needed-by-invalid = 请输入类似 2027-01-31 的日期。
rfq-error-attachments = 最多列出 10 个文件名，每个不超过 200 个字符。
rfq-error-too-long = 内容过长：请控制在 2000 个字符以内。
rfq-error-required = 此项为必填。
rfq-error-invalid = 此值无效。

## An RFQ in the list

rfq-status-waiting = 等待报价
rfq-status-quoted = { $count } 份报价
rfq-status-accepted = 已接受报价
rfq-status-declined = 无报价
rfq-sent = 发送时间
rfq-attachments-listed = 列出的附件：
rfq-waiting-label = 已回复的供应商
rfq-waiting = 等待报价：{ $asked } 家供应商中已有 { $answered } 家回复。本页会自动更新。
rfq-none-quoted = 所询问的供应商都没有可报价的相符产品。
rfq-some-declined = 有 { $count } 家供应商没有相符产品，未报价。

## Comparison

quotes-compare-caption = 以 { $currency } 比较的报价
quotes-col-supplier = 供应商
quotes-col-unit-price = 单价
quotes-col-total = 总价
quotes-col-incoterm = 贸易术语
quotes-col-lead-time = 交货期
quotes-col-valid-until = 有效期至
quotes-col-action = 操作
quotes-quantity = 数量 { $count }
quotes-days = { $count } 天
quotes-best-price = 最低价
quotes-best-lead-time = 最快
quotes-best-expiry = 有效期最长
quotes-mixed-incoterms = 这些报价使用不同的贸易术语，价格包含的服务（运费、保险、关税）不同。请同时比较贸易术语一栏。
quotes-normalised = 价格已按今日汇率换算为 { $currency }；若供应商原币价格不同，会显示在下方。
quotes-no-rate = 无法比较这些报价：缺少汇率。
quotes-accept = 接受
quotes-accept-from = 接受 { $supplier } 的报价
quotes-accepted = 已接受
quotes-view-cart = 查看购物车
quotes-expired = 已于 { $date } 过期：此报价无法再接受。请重新询价以获取最新价格。
quotes-added-to-cart = 已加入购物车：{ $quantity } 件，每件 { $price }（报价价格），有效期至 { $date }。
