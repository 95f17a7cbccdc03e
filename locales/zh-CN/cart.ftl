# The cart.

cart-title = 购物车
cart-empty-title = 您的购物车是空的
cart-empty-body = 请在产品目录中查找产品并添加到这里。购物车保存在此设备上。
cart-migrated = 您的购物车由旧版 Tradefair 保存，现已更新至最新版本。
cart-reset = 无法读取您保存的购物车，因此已将其清空。给您带来不便，敬请谅解。
cart-dropped = 已保存购物车中有 { $count } 项无法读取，已被移除。
cart-dismiss = 关闭
cart-kept-locally =
    { $count ->
       *[other] 您的购物车（{ $count } 项）已安全保存在此设备上；服务器响应后将显示价格。
    }
cart-unavailable =
    { $count ->
       *[other] 您的购物车中有 { $count } 个产品已不再供应。
    }
cart-remove = 移除
cart-ships-separately = 该供应商单独发货并单独开具发票。
cart-supplier-subtotal = 供应商小计：
cart-summary = 购物车汇总
cart-total = 货款合计：
cart-total-note = 仅含货款，不含运费、关税和税费。每项先单独换算为您的货币（仅换算一次），再相加。
cart-prices-checked = 已于 { $time } 按供应商当前价目表核对价格。
cart-fix-lines = 部分数量需在结算前修改：请查看上方的提示。
cart-quoted-price = 报价
cart-destination = 目的国
cart-destination-note = 用于下方的运费、关税和税费估算，并作为结算时收货地址的国家。
cart-proceed = 去结算
