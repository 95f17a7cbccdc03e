# The product page.

product-gallery = 产品图片
product-image-alt = { $name }，第 { $index } 张图片，共 { $total } 张
product-show-image = 显示第 { $index } 张图片
product-breadcrumb = 面包屑导航
product-price-tiers = 阶梯价格
product-tier-quantity = 数量
product-tier-from = { $quantity } 及以上
product-tier-range = { $from } – { $to }
product-tier-price = 单价
product-tier-supplier-price = 供应商报价
product-tier-saving = 节省
product-tier-saving-value = −{ $percent }
product-rate-note = 按 1 { $from } = { $rate } { $to } 换算（{ $date } 汇率），并四舍五入至最小货币单位。供应商以 { $from } 开具发票。
product-moq = 起订量
product-multiple = 订购数量须为 { $quantity } 的倍数
product-lead-time = 交货期
product-lead-time-days =
    { $days ->
       *[other] { $days } 天
    }
product-incoterms = 可选贸易术语
product-certifications = 认证
product-no-certifications = 供应商未声明任何认证
product-description = 产品描述
product-specs = 规格参数
product-packaging = 出口包装
packaging-per-carton = 每箱数量
packaging-carton-size = 外箱尺寸
packaging-gross-weight = 每箱毛重
packaging-none = 供应商未提供包装信息。
product-carbon = 碳足迹
product-carbon-value = 每单位 { $kg } 千克 CO₂e（从摇篮到大门）
product-carbon-none = 供应商未提供碳足迹信息。
product-overseas = 海外仓
product-overseas-row =
    现货 { $quantity }，{ $days ->
       *[other] { $days } 天内发货
    }
product-overseas-none = 仅从工厂发货。
product-listed = 上架日期：{ $date }
product-supplier = 供应商
product-more-from-supplier = 该供应商的更多产品

incoterm-EXW = EXW：工厂交货
incoterm-FOB = FOB：船上交货
incoterm-CIF = CIF：成本、保险费加运费
incoterm-DAP = DAP：目的地交货
incoterm-DDP = DDP：完税后交货

spec-model = 型号
spec-material = 材质
spec-dimensions = 尺寸
spec-weight = 净重
spec-color = 颜色（RAL）
spec-warranty-months = 保修期（月）
spec-origin = 原产国
spec-power = 功率
spec-voltage = 电压
spec-battery = 电池
spec-connectivity = 连接方式
spec-screen-size = 屏幕尺寸
spec-resolution = 分辨率
spec-storage = 存储容量
spec-length = 长度
spec-width = 宽度
spec-thickness = 厚度
spec-diameter = 直径
spec-capacity = 容量
spec-luminous-flux = 光通量
spec-color-temperature = 色温
spec-ip-rating = 防护等级
spec-base = 灯头
spec-working-area = 工作幅面
spec-pressure = 压力
spec-flow-rate = 流量
spec-press-force = 公称压力
spec-clamping-force = 锁模力
spec-output = 输出
spec-frequency = 频率
spec-speed = 速度
spec-fabric-weight = 面料克重
spec-thread-count = 织物密度
spec-size = 规格
spec-neck-finish = 瓶口规格
spec-paper-weight = 纸张克重
spec-pieces = 每套件数
spec-load-capacity = 承重
spec-height-range = 高度调节范围
spec-seat-height = 座高
spec-oe-number = OE 号
spec-thread = 螺纹
spec-spf = 防晒系数（SPF）
spec-persons = 适用人数
spec-water-column = 静水压
spec-comfort-temperature = 舒适温度
spec-drive = 驱动方头
spec-torque = 扭矩
spec-strength-class = 强度等级
spec-working-range = 工作范围
spec-tip-size = 笔尖尺寸
spec-sheets = 张数
spec-security-level = 保密等级
spec-sheet-capacity = 纸张容量

# Ordering from the product page.
order-quantity = 数量
order-not-a-number = 请输入整数，例如 500。
order-below-moq = 起订量为 { $moq }。
order-raise-to = 增加到 { $quantity }
order-not-multiple = 此产品按 { $multiple } 的倍数销售。
order-round-to = 改为 { $quantity }
order-line-total = { $quantity } 合计：
order-saving = 与首档价格相比，您节省了 { $amount }。
order-next-break = 订购 { $quantity } 或以上，单价为 { $price }。
order-add-to-cart = 加入购物车
order-added = 已将 { $quantity } 加入购物车。
order-view-cart = 查看购物车
order-in-cart = 购物车中已有：{ $quantity }
