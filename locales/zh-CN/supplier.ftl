# The supplier page and supplier cards.

supplier-location = { $country } { $city }
supplier-verified-by = 由 { $company } 认证
supplier-verified-dates = 审核日期：{ $date }，有效期至 { $until }
supplier-not-verified = 尚未经检验机构认证
supplier-scope = 审核范围
scope-business-licence = 营业执照
scope-factory-audit = 验厂审核
scope-export-licence = 出口许可证
scope-quality-system = 质量管理体系
supplier-years =
    { $years ->
       *[other] 经营 { $years } 年
    }
supplier-response-rate = 回复率
supplier-response-time = 通常回复时间
supplier-response-hours =
    { $hours ->
       *[other] { $hours } 小时内
    }
supplier-employees = 员工人数
supplier-transactions = 交易记录（近 12 个月）
supplier-orders = 订单数
supplier-volume = 订单金额
supplier-on-time = 准时交货
supplier-rating = 买家评分
supplier-rating-value =
    { $rating }/5 分（{ $reviews ->
       *[other] { $reviews } 条评价
    }）
supplier-main-markets = 主要市场
supplier-currency = 开票币种
supplier-about = 公司简介
supplier-products =
    { $count ->
       *[other] { $count } 个产品
    }
supplier-all-products = 在产品目录中查看全部产品
supplier-visit = 查看供应商
supplier-facts = 公司概况
