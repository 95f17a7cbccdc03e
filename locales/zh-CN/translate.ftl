# The translator workbench (/translate): edit messages, preview them in the app, export.

nav-translate = 翻译
translate-title = 翻译工作台
translate-heading = 翻译工作台
translate-intro = 对照英文原文翻译本应用。您的草稿会在输入时即时检查，保存在此浏览器中，并立即显示在正在运行的应用里。完成后请导出文件。
translate-target = 目标语言
translate-show-in-app = 以{ $language }显示应用
translate-showing-in-app = 应用正以{ $language }显示：打开任意页面即可查看您的草稿。
translate-loading = 正在加载{ $language }文本…
translate-load-failed = 无法加载{ $language }的文本文件。

# The pseudo-locale switch.
translate-pseudo = 伪语言
translate-pseudo-hint = 将应用中的文本显示为带重音符号、长约三分之一并加上[方括号]的形式。没有方括号的文本无法翻译；在这里出错的布局，在较长的语言中也会出错。
translate-pseudo-badge = 伪

translate-report-heading = 语言报告
translate-report-caption = 各语言的文本数量（含您的草稿）
translate-report-language = 语言
translate-report-translated = 已翻译
translate-report-missing = 缺失
translate-report-obsolete = 已过时
translate-report-broken = 有错误
translate-report-drafts = 草稿
translate-report-loading = 正在加载…
translate-report-failed = 无法加载
translate-report-note = 源语言英语共有 { $count } 条文本。已过时：存在于译文中，但英文中已不再有。

translate-filter-legend = 显示
translate-filter-all = 全部
translate-filter-missing = 缺失
translate-filter-changed = 原文已更改
translate-filter-errors = 有错误
translate-filter-drafts = 已编辑
translate-search-label = 搜索键名和文本
translate-search-placeholder = 例如 catalog-heading 或 价格
translate-showing = 显示 { $shown } / { $total } 条文本
translate-empty-search = 没有与“{ $query }”匹配的文本。
translate-empty-filter = 此视图中没有文本。
translate-clear-search = 显示全部文本

translate-area-app = 应用框架：页眉、页脚和错误信息
translate-area-home = 首页
translate-area-catalog = 产品目录
translate-area-product = 产品页面
translate-area-supplier = 供应商页面
translate-area-cart = 购物车和下单
translate-area-translate = 翻译工作台
translate-file-drafts = { $count } 条草稿

translate-export-file = 导出 { $file }
translate-export-all = 导出已编辑的文件
translate-export-none = 尚无草稿：编辑一条文本后即可导出其文件。
translate-export-errors = { $count } 条草稿有错误：导出的文件将按输入原样包含它们。
translate-drafts-status = { $count } 条草稿，保存在此浏览器中。
translate-exported = 已下载 { $files }。
translate-import = 导入文件…
translate-import-done = { $file }：{ $changed } 条已更改的文本现已成为草稿。
translate-import-unknown = 已跳过 { $count } 条英文中不存在的文本。
translate-import-wrong-file = { $file } 与本应用的任何文本文件都不匹配。
translate-import-failed = 无法读取该文件。
translate-discard-all = 放弃所有草稿
translate-discard-confirm = 放弃 { $count } 条草稿？请再按一次
translate-field-label = { $id } 的译文（{ $language }）
translate-source-label = 英文
translate-note = 译者须知：{ $note }
translate-status-missing = 缺失
translate-status-draft = 草稿
translate-status-changed = 英文已更改
translate-status-error = 错误
translate-revert = 恢复为文件内容
translate-keep = 保留译文
translate-saved = 草稿已保存
translate-reverted = 与文件相同：无草稿
translate-preview-kept = 应用将继续显示最后一个没有语法错误的版本。
translate-plural-forms = { $language }的复数形式：{ $categories }
translate-plural-none = { $language }没有复数形式：只需一个变体 [other]。
translate-plural-insert = 插入复数模板

translate-syntax-error = 第 { $line } 行第 { $column } 列有语法错误：{ $detail }
translate-go-to-error = 跳转到错误处
translate-issue-no-default = 选择表达式需要一个以 * 标记的默认变体，例如 *[other]。
translate-issue-parser = { $detail }
translate-issue-variables-extra = 使用了英文未传入的 { $names }：应用将改为显示英文。
translate-issue-variables-missing = 未使用英文中的 { $names }。
translate-issue-terms = 使用的术语与英文不同：{ $names }。
translate-issue-messages = 引用的文本与英文不同：{ $names }。
translate-issue-plural-missing = { $variable } 的复数缺少{ $language }使用的 [{ $category }] 形式。
translate-issue-plural-unknown = { $language }从不使用复数形式 [{ $category }]。
translate-issue-much-longer = 比英文长得多（{ $target } 个字符，英文为 { $source } 个）：请检查是否放得下。
translate-issue-attribute-missing = 属性 .{ $name } 尚未翻译。
translate-issue-attribute-obsolete = 英文中没有属性 .{ $name }。
translate-issue-value = 值和属性与英文不一致。
translate-issue-other = { $detail }
