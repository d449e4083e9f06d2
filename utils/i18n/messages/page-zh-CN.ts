/**
 * The Chinese strings of our UI on a seller's chat page (components/page-bar/, send-guard/,
 * shortcut-picker/, and the wording findings they show): all the content script bundles of the
 * UI text (utils/i18n/page-translate.ts). zh-CN.ts includes them in the full table.
 */
export const pageZhCN = {
  'pageBar.label': '话术助手 · 建议话术',
  'pageBar.title': '话术',
  'pageBar.answering': '回复：{text}',
  'pageBar.loading': '正在找话术…',
  'pageBar.waiting': '等待买家消息',
  'pageBar.noSuggestions': '没有匹配这句话的话术，可在插件弹窗里搜索',
  'pageBar.failed': '暂时拿不到话术建议',
  'pageBar.insertTitle': '插入到输入框（Alt+{n}）',
  'pageBar.count': '{count} 条',
  'pageBar.collapse': '收起',
  'pageBar.expand': '展开',
  'pageBar.hide': '隐藏（Esc，Alt+0 重新显示）',
  'pageBar.move': '拖动移动；也可以用方向键移动，Home 复位',
  'pageBar.keyboardHint': 'Alt+1–3 插入 · Esc 隐藏',

  // ── The waiting queue (components/waiting-queue/): in the bar and the popup ──
  // The clients by adapter id (utils/sites/client-sites.ts): the queue names them, the settings too.
  'site.pinduoduo': '拼多多商家客服',
  'site.feige': '抖店飞鸽',
  'site.kuaishou': '快手小店',
  'site.jd-dongdong': '京东咚咚',
  'site.qianniu': '千牛',
  'queue.label': '等待回复的买家',
  'queue.summary': '等待 {count} · 最久 {longest}',
  'queue.level.ok': '时限内',
  'queue.level.amber': '已过半',
  'queue.level.red': '快超时',
  'queue.level.over': '已超时',
  'queue.open': '打开与 {name}（{client}）的对话：已等待 {wait}，{level}',
  'queue.more': '还有 {count} 位',
  // ── end of the waiting queue ──

  // ── Products: the facts card of the recognised product, in the bar and the popup (components/facts-card/) ──
  'facts.productLabel': '商品',
  'facts.productTitle': '识别到的商品：{product}',
  'facts.open': '参数',
  'facts.close': '收起参数',
  'facts.toggleTitle': '商品参数：点一项插入到输入框光标处',
  'facts.toggleTitleWithKey': '商品参数（{key}）：点一项插入到输入框光标处',
  'facts.cardLabel': '{product} 的商品参数',
  'facts.insert': '插入{name}：{value}',
  'facts.hint': '点一项插入到光标处 · ↑↓ 选择 · Enter 插入',
  // ── end of products ──

  'insert.ok': '已插入输入框，检查后再按发送',
  'insert.no-input': '未找到输入框，请先点一下聊天输入框再插入',
  'insert.not-verified': '插入没有生效，可以复制后手动粘贴',
  'insert.invalidated': '话术助手刚更新过，请刷新聊天页面',
  'insert.unreachable': '连接不到聊天页面，请刷新页面后重试',

  'wording.category.invoice': '发票',
  'wording.category.off-platform': '站外引流',
  'wording.category.extreme-claim': '极限用语',
  'wording.category.review-incentive': '诱导好评',
  'wording.category.payment-fee': '支付加价',
  'wording.category.shipping': '运费承诺',
  'wording.category.privacy': '隐私信息',
  'wording.category.rude': '服务态度',
  'wording.severity.block': '违规',
  'wording.severity.warn': '提醒',
  'wording.reason': '原因',
  'wording.alternative': '建议说法',

  'picker.label': '快捷话术',
  'picker.hint': '↑↓ 选择 · Enter 或 Tab 插入 · Esc 关闭',

  'guard.panelLabel': '话术检查',
  'guard.title.notice': '这条回复有需要注意的说法',
  'guard.title.blocked': '已拦截发送：这条回复有违规风险',
  'guard.title.unfilled': '已拦截发送：回复里还有没填写的内容',
  'guard.unfilledPlaceholder': '回复里还有未填写的 {placeholder}',
  'guard.replace': '替换',
  'guard.replaceTitle': '把这一句换成建议说法',
  'guard.replaceFailed': '没能替换，请在输入框里手动修改',
  'guard.sendAnyway': '仍然发送',
  'guard.sendAnywayTitle': '不修改直接发送（会记录一次）',
  'guard.cancel': '取消',
  'guard.close': '关闭提醒',
  'guard.resend.site-ignores-click': '这个聊天页面只接受手动发送：请在聊天窗口按“发送”或 Enter，这条消息这次会放行。',
  'guard.resend.not-confirmed': '消息好像没有发出：请再按一次“发送”或 Enter，这条消息这次会放行。',
  'guard.keyboardHint': 'Tab 切换按钮 · Esc 取消',
} as const;

export type PageMessageKey = keyof typeof pageZhCN;
