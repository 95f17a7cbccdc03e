## Orders

orders-title = 订单
orders-empty-title = 还没有订单
orders-empty-body = 您下的订单会显示在这里，并附带状态和物流跟踪。
orders-browse = 浏览产品目录

## One order or a checkout's confirmation

order-title = 订单 { $number }
order-confirmation-title = 订单确认
order-confirmation-body = 谢谢：结算 { $checkout } 生成了 { $count } 个订单，每家供应商一个。各供应商分别确认、发货并开具发票：
order-back = 全部订单
order-number = 订单
order-placed-on = 下单日期 { $date }
order-timeline = 状态
order-expected-on = 预计 { $date }
order-step-pending = 尚未进行
order-shipment = 发货
order-ships-from = 发货地
order-ships-from-factory = 供应商工厂
order-ships-from-warehouse = 位于{ $country }的海外仓
order-method = 运输方式
order-incoterm = 贸易术语
order-tracking = 物流跟踪
order-tracking-none = 货物发出后，物流单号会显示在这里。
order-payment = 付款
order-payment-method = 付款方式
order-escrow = 交易保障（托管）
order-po-number = 采购订单号
order-ship-to = 收货地址
order-lines = 产品
order-goods-total = 货物总额
order-download-csv = 下载 CSV
order-print = 打印
order-download-failed = 此浏览器无法生成文件。请改用“打印”。

order-status-placed = 已下单
order-status-confirmed = 已确认
order-status-in-production = 生产中
order-status-shipped = 已发货
order-status-customs = 清关中
order-status-delivered = 已送达

order-escrow-not-used = 未使用
order-escrow-awaiting-payment = 等待付款
order-escrow-held = 款项托管中，待您确认收货
order-escrow-released = 已放款给供应商

order-payment-card = 银行卡
order-payment-bank-transfer = 电汇（T/T）
order-payment-letter-of-credit = 信用证
order-payment-net-terms = 账期 { $days } 天

order-method-sea = 海运
order-method-air = 空运
order-method-express = 国际快递
order-method-rail = 铁路运输

## CSV columns (also the order table's headings)

order-csv-number = 订单号
order-csv-checkout = 结算
order-csv-placed = 下单时间
order-csv-supplier = 供应商
order-csv-status = 状态
order-csv-product-id = 产品编号
order-csv-product = 产品
order-csv-quantity = 数量
order-csv-unit = 单位
order-csv-unit-price = 单价
order-csv-line-total = 小计
order-csv-currency = 币种
order-csv-incoterm = 贸易术语
order-csv-ships-from = 发货地
order-csv-po-number = 采购订单号
order-csv-escrow = 托管
order-csv-tracking = 物流跟踪
order-csv-total = 总额
