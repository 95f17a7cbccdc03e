## Checkout

checkout-title = 结算
checkout-draft-reset = 无法读取已保存的结算信息，表单已清空。
checkout-empty-title = 没有可结算的商品
checkout-empty-body = 您的购物车是空的。请先从商品目录中添加产品。
checkout-cart-needs-fixing = 购物车中有些商品需要修改（数量或供货情况）后才能结算。
checkout-back-to-cart = 查看购物车
checkout-kept-locally = 您的购物车和已填写的内容都保存在此设备上。服务器恢复后请重试。
checkout-steps = 结算步骤
checkout-step-count = 第 { $current } 步，共 { $total } 步：
checkout-step-company = 公司信息
checkout-step-shipping-address = 收货地址
checkout-step-billing-address = 账单地址
checkout-step-delivery = 各供应商的运输方式
checkout-step-payment = 付款
checkout-step-review = 确认并下单
checkout-back = 上一步
checkout-continue = 继续
checkout-summary = 订单摘要
checkout-suppliers =
    { $count ->
       *[other] 来自 { $count } 家供应商，各自单独发货和开票。
    }

## Fields and their errors

checkout-choose-country = 选择国家/地区
checkout-choose = 请选择…
checkout-legal-name = 公司法定名称
checkout-company-country = 注册国家/地区
checkout-tax-id = 增值税号/税号
checkout-tax-id-hint-country = 请先选择注册国家/地区：格式取决于它。
checkout-tax-id-hint-free = 贵公司的税务登记号。
checkout-tax-id-hint = 格式示例：{ $example }
checkout-po-number = 采购订单号（PO）
checkout-cost-centre = 成本中心（可选）
checkout-contact-email = 本订单的联系邮箱
checkout-error-required = 请填写此项。
checkout-error-invalid-format = 格式似乎不正确，请检查。
checkout-error-tax-id = 该号码不是此国家/地区的有效号码。应为如下格式，例如：{ $example }
checkout-error-too-long = 内容过长，请缩短。
checkout-error-not-offered = 此处不提供该选项，请另选。
checkout-error-below-moq = 有数量低于供应商的最小起订量。
checkout-error-not-multiple = 有数量不是供应商订购倍数的整数倍。
checkout-error-other = 请检查此项。

address-country = 国家/地区
address-recipient = 收件人或部门
address-line1 = 街道和门牌号
address-line2 = 楼栋、楼层、单元（可选）
address-city = 城市
address-region-state = 州
address-region-province = 省份
address-region-emirate = 酋长国
address-region-prefecture = 都道府县
address-region-region = 地区（可选）
address-postal-code = 邮政编码
address-postal-hint = 例如：{ $example }
address-phone = 承运人联系电话（可选）
checkout-billing-same = 账单寄往收货地址

## Payment

checkout-payment-method = 付款方式
checkout-pay-bank-transfer = 银行电汇（T/T）
checkout-pay-bank-transfer-note = 各供应商的银行信息会随订单确认一起发送。
checkout-pay-bank-transfer-unavailable = 此订单不支持银行电汇。
checkout-pay-letter-of-credit = 信用证
checkout-pay-letter-of-credit-note = 由您的银行以各供应商为受益人开立跟单信用证。
checkout-pay-letter-of-credit-unavailable = 此订单不支持信用证。
checkout-pay-card = 银行卡
checkout-pay-card-note = 在支付服务商的安全页面付款；Tradefair 不会接触您的卡号。
checkout-pay-card-unavailable = 本店未接入银行卡支付服务商，因此无法使用银行卡。
checkout-pay-net-terms = 账期付款（延后付款）
checkout-pay-net-terms-note = 在约定天数内支付发票。
checkout-pay-net-terms-unavailable = 仅限已获批信用额度的买家。贵公司尚未获批。
checkout-issuing-bank = 开证行
checkout-net-days = 付款期限
checkout-days =
    { $days ->
       *[other] { $days } 天
    }
checkout-escrow = 使用交易保障（托管）
checkout-escrow-note = 您的货款由第三方托管，只有在您确认收货后才会支付给供应商。
checkout-escrow-on = 交易保障：货款托管，直至您确认收货。
checkout-escrow-off = 不使用交易保障。

## Review and placing

checkout-edit = 修改
checkout-edit-label = 修改{ $section }
checkout-line-quantity = × { $quantity }
checkout-supplier-subtotal = 供应商小计：
checkout-in-supplier-currency = （以供应商货币计 { $amount }）
checkout-goods-total = 货物总计：
checkout-total-note = 仅含货物。运费、关税和税费取决于各供应商的贸易术语（见估算）。
checkout-place-order = 提交订单
checkout-placing = 正在提交订单…
checkout-see-orders = 查看您的订单
checkout-nothing-lost = 没有任何丢失：您的购物车和信息都已保留。重试绝不会重复下单。
checkout-pending-note = 之前的尝试可能已送达。再次提交是安全的：不会重复下单。
checkout-price-changed-title = 价格已变动
checkout-old-total = 之前：
checkout-new-total = 现在：
checkout-accept-prices = 接受新价格

## Landed-cost estimate

landed-title = 到岸成本估算
landed-incoterm = 贸易术语
landed-method = 运输方式
method-sea = 海运
method-air = 空运
method-express = 国际快递
method-rail = 铁路运输
landed-no-incoterm = 该供应商的产品没有共同的贸易术语：请分开订购或询价。
landed-need-destination = 请选择目的国，以查看运费、关税、税费和交货时间。
landed-unavailable = 此运输方式不覆盖该线路，请另选。
landed-error = 无法计算估算：缺少汇率。
landed-includes = { $incoterm } 价格包含的内容
landed-cost = 费用
landed-amount = 估算
landed-who-pays = 支付方
landed-goods = 货物（价格）
landed-in-price = 已含在价格中
landed-buyer-pays = 您另付
landed-cost-export-clearance = 出口报关
landed-cost-main-freight = 主运费
landed-cost-insurance = 货物保险
landed-cost-import-duty = 进口关税（{ $rate }%）
landed-cost-import-vat = 进口增值税（{ $rate }%）
landed-cost-delivery-to-door = 送货上门
landed-on-top = 价格之外您需支付：
landed-total = 估算到岸成本：
landed-delivery = 交货时间：下单后 { $min }–{ $max } 天。
landed-rounding = 金额以 { $currency } 计。每次换算和每个百分比只舍入一次，精确到最小货币单位（四舍五入，远离零）。仅为估算，并非报价。
landed-basis-title = 估算依据
landed-basis-illustrative-rates-2026 = 费率来自 2026 年示例费率表，并非报价。
landed-basis-cartons-from-packaging = 重量和体积按供应商的外箱数据计算（未装满的箱按整箱计）。
landed-basis-unit-weight-estimate = 部分产品没有外箱数据：按单件重量加 10% 包装、每立方米 200 公斤估算。
landed-basis-sea-revenue-tonne = 海运按计费吨计（1 立方米或 1000 公斤，取较大者），至少 1 吨。
landed-basis-air-volumetric-6000 = 空运按计费重量（每公斤 6000 立方厘米），向上取整到 0.5 公斤。
landed-basis-express-volumetric-5000 = 快递按计费重量（每公斤 5000 立方厘米），向上取整到 0.5 公斤。
landed-basis-rail-volumetric-2000 = 铁路按计费重量（1 立方米按 500 公斤计），取整公斤。
landed-basis-insurance-on-goods-plus-freight = 保险费为货值加运费的 0.3%。
landed-basis-duty-on-cif = 关税按 CIF 价值（货物、运费和保险）计征。
landed-basis-duty-on-goods-value = 关税仅按货物价值计征（完税价格不含运费）。
landed-basis-mfn-average-by-category = 关税税率为按类别的最惠国平均税率：不含优惠、配额或贸易救济措施。
landed-basis-import-vat-on-cif-plus-duty = 进口增值税按 CIF 价值加关税计征。
landed-basis-import-vat-recoverable = 已登记增值税的买家通常可以抵扣进口增值税。
landed-basis-intra-eu-reverse-charge = 欧盟内部：不征关税；增值税由买方反向征收。
landed-basis-domestic = 同一国家：无需清关。
landed-basis-converted-once = 金额一次性换算为您的货币，四舍五入（远离零）。
landed-basis-window-is-lead-time-plus-transit = 交货时间为生产周期加运输和清关时间。
