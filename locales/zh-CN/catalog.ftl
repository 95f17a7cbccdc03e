# The catalog: search, filters, sort and results.

catalog-title = 产品目录
catalog-heading = 批发产品目录
catalog-results =
    { $count ->
        [0] 没有产品
       *[other] { $count } 个产品
    }
catalog-results-for = “{ $query }”的搜索结果
catalog-updating = 正在更新结果…
catalog-filters = 筛选
catalog-show-filters = 显示筛选条件
catalog-clear-filters = 清除所有筛选条件
catalog-active-filters = 已选筛选条件
catalog-remove-filter = 移除筛选条件：{ $filter }
catalog-sort = 排序方式
sort-relevance = 最佳匹配
sort-price-asc = 价格：从低到高
sort-price-desc = 价格：从高到低
sort-moq-asc = 起订量最低
sort-lead-time-asc = 交货期最短
sort-newest = 最新上架

facet-category = 类别
facet-price = 单价（{ $currency }）
facet-price-min = 最低价
facet-price-max = 最高价
facet-price-apply = 应用价格
facet-price-invalid = 请输入金额，例如 { $example }。
facet-price-order = 最低价不能高于最高价。
facet-moq = 起订量
facet-moq-any = 不限数量
facet-moq-up-to = 不超过 { $qty }
facet-certifications = 认证
facet-country = 供应商所在国家/地区
facet-country-more = 显示所有国家/地区
facet-country-less = 收起国家/地区
facet-lead-time = 交货期
facet-lead-any = 不限交货期
facet-lead-within =
    { $days ->
       *[other] { $days } 天内发货
    }
facet-overseas = 海外仓有现货
facet-count =
    { $count ->
       *[other] { $count } 个产品
    }

catalog-empty-title = 没有符合搜索条件的产品
catalog-empty-body = 请尝试其他关键词，或移除部分筛选条件。
catalog-empty-clear = 清除搜索和筛选条件
catalog-page-out-of-range = 此页已超出搜索结果的最后一页。
catalog-first-page = 前往第一页

pager-label = 结果分页
pager-previous = 上一页
pager-next = 下一页
pager-page = 第 { $page } 页
pager-status = 第 { $page } 页，共 { $pages } 页

card-moq = 起订量：{ $quantity }
card-lead-time =
    { $days ->
       *[other] { $days } 天内发货
    }
card-overseas = 海外仓现货
card-supplier-price = 供应商报价：{ $price }

category-electronics = 电子产品
category-lighting = 照明
category-machinery = 机械设备
category-textiles = 纺织品
category-packaging = 包装
category-home-kitchen = 家居与厨房
category-furniture = 家具
category-auto-parts = 汽车配件
category-beauty-care = 美容与个人护理
category-sports-outdoor = 运动与户外
category-tools-hardware = 工具与五金
category-office = 办公用品

unit-piece =
    { $count ->
       *[other] { $count } 件
    }
unit-set =
    { $count ->
       *[other] { $count } 套
    }
unit-pair =
    { $count ->
       *[other] { $count } 双
    }
unit-meter =
    { $count ->
       *[other] { $count } 米
    }
unit-kilogram =
    { $count ->
       *[other] { $count } 千克
    }
unit-roll =
    { $count ->
       *[other] { $count } 卷
    }
unit-box =
    { $count ->
       *[other] { $count } 盒
    }
per-unit-piece = 每件
per-unit-set = 每套
per-unit-pair = 每双
per-unit-meter = 每米
per-unit-kilogram = 每千克
per-unit-roll = 每卷
per-unit-box = 每盒
