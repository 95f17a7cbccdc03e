## Expo

expo-title = 虚拟展会

## Live player

live-region = 展位视频
live-video-label = 展位直播视频
live-recording-label = 展位录播视频
live-badge-live = 直播中
live-badge-recording = 录播
live-viewers =
    { $count ->
       *[other] { $count } 人观看
    }
live-connecting = 正在连接直播…
live-playing = 您正在观看直播。
live-waiting = 直播尚未开始。
live-reconnecting = 直播连接已中断，正在重新连接…
live-ended = 本场直播已结束。
live-retry-in =
    { $seconds ->
       *[other] { $seconds } 秒后重试。
    }
live-retry-now = 立即重试
live-sound-on = 打开声音
live-sound-off = 关闭声音
live-captions = 字幕
live-captions-off = 关闭

## Expo hall, schedule, booth

expo-intro = 参观展商展位，观看直播，并预约双方都方便的会谈时间。
expo-tab-hall = 展厅
expo-tab-schedule = 日程
expo-halls = 展厅
expo-all-halls = 全部展厅
expo-hall-counts =
    { $booths ->
       *[other] { $booths } 个展位
    }，{ $live } 个直播中
expo-filters = 筛选
expo-filter-category = 类目
expo-filter-country = 国家/地区
expo-filter-language = 使用语言
expo-filter-day = 日期
expo-filter-hall = 展厅
expo-any = 不限
expo-any-day = 全部日期
expo-booths = 展商
expo-booth-count =
    { $count ->
       *[other] { $count } 家展商
    }
expo-no-booths = 没有符合筛选条件的展商。
expo-clear-filters = 清除筛选
expo-live-now = 正在直播
expo-live-until = 直播至 { $time }
expo-next-session = 下一场：{ $time }
expo-no-session = 暂无安排
expo-sells = 主营：
expo-list-separator = {"、"}
expo-hall-name = 展厅：{ $hall }
expo-place = { $city }，{ $country }
expo-verified = 已认证
expo-verified-by = 由 { $inspector } 认证，有效期至 { $until }
expo-unverified = 尚未认证
expo-speaks = 语言：{ $languages }
expo-profile = 供应商主页
expo-offline-next = 未在直播。下一场：{ $time }
expo-offline-none = 未在直播。暂无安排。
expo-live-recorded = 展商正在展示：您正在观看其录制的演示。
expo-time-range = { $start } – { $end }
expo-time-exhibitor = 展商当地时间：{ $time }（{ $zone }）
expo-your-zone = 时间按您的时区（{ $zone }）显示。
expo-session-count =
    { $count ->
       *[other] { $count } 场
    }
expo-no-sessions = 没有符合条件的场次。
expo-session-title = { $kind }：{ $product }
expo-kind-product-launch = 新品发布
expo-kind-factory-tour = 工厂参观
expo-kind-live-demo = 现场演示
expo-kind-q-and-a = 问答
expo-add-to-calendar = 添加到日历
expo-save = 提醒我
expo-saved = 已设提醒
expo-reminder = 现在开始：{ $exhibitor } – { $title }
expo-reminder-join = 前往展位
expo-reminder-dismiss = 关闭
expo-ics-session = { $exhibitor }：{ $title }
expo-ics-session-body = Tradefair 上 { $exhibitor } 展位的直播。
expo-ics-meeting = 与 { $exhibitor } 的会谈（Tradefair）
expo-booth-sessions = 场次
expo-brochures = 宣传册和规格书
expo-brochures-empty = 该展商没有可下载的资料。
expo-brochure-catalogue = 产品目录（PDF）
expo-brochure-spec-sheet = 规格书（PDF）
expo-brochure-meta = PDF，{ $size } KB
expo-meeting-title = 预约会谈
expo-meeting-intro = 选择 { $exhibitor } 的空闲时间。时间按您的时区显示，下方为展商时间。
expo-meeting-zones = 您的时区：{ $buyer }。展商时区：{ $exhibitor }。
expo-only-both-working = 只显示双方都在工作时间内的时段
expo-both-working = 双方工作时间
expo-slot-exhibitor = 展商：{ $time }
expo-no-slots = 未来一周没有空闲时间。
expo-meeting-note = 您想讨论什么？（可选）
expo-book = 预约此时间
expo-booking = 正在预约…
expo-meeting-booked = 会谈已预约
expo-error-choose-slot = 请先选择一个时间。
expo-error-slot-taken = 该时间刚被预约，请选择其他时间。
expo-error-too-long = 最多 { $max } 个字符。
expo-card-title = 交换名片
expo-card-intro = 选择 { $exhibitor } 可以看到的信息。在您于下方同意之前，不会分享任何内容。
expo-card-choose = 要分享的信息
expo-card-share-field = 分享我的{ $field }
expo-card-name = 姓名
expo-card-company = 公司
expo-card-job-title = 职位
expo-card-email = 电子邮箱
expo-card-phone = 电话
expo-card-consent = 我同意与 { $exhibitor } 分享所选信息，并可随时撤回。
expo-card-share = 分享我的名片
expo-card-shared = 已于 { $time } 分享给 { $exhibitor }：
expo-card-withdraw = 撤回我的名片
expo-card-shared-notice = 您的名片已分享。
expo-card-withdrawn-notice = 您的名片已撤回，展商已无法查看。
expo-error-consent = 分享前请勾选同意。
expo-error-no-fields = 请至少选择一项要分享的信息。
expo-error-email = 请输入电子邮箱，例如 name@company.com。
expo-error-phone = 请输入 6 到 20 位数字的电话号码。
expo-error-invalid = 请检查此项。
expo-home-none-live = 目前没有展位在直播。
expo-home-visit = 参观虚拟展会
