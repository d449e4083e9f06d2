/**
 * Every string the agent reads, in Chinese. This file is the source of the message keys: the
 * English table must supply the same keys (a missing one is a compile error there), and a
 * `{name}` written here is a parameter `t()` demands at every call site.
 */
export const zhCN = {
  'app.name': '话术助手',

  'language.label': '界面语言',
  'language.zh-CN': '中文',
  'language.en': 'English',

  'popup.suggestionsTitle': '话术建议',
  'popup.answering': '回复买家：{text}',
  'popup.loading': '正在读取聊天…',
  'popup.refresh': '刷新',
  'popup.openDetached': '在独立窗口打开',
  'popup.detachedBoundTo': '已绑定到聊天标签页',
  'popup.openDemo': '打开演示聊天',
  'popup.waitingForBuyer': '已识别聊天窗口，等待买家消息。',
  'popup.noSuggestions': '没有匹配这句话的话术，可以在上方搜索。',
  'popup.suggestFailed': '暂时拿不到话术建议，请点“刷新”重试。',
  'popup.keyboardHint': '1–9 插入 · / 搜索 · Esc 清空搜索',

  'suggestions.listLabel': '建议话术',
  'suggestions.insert': '插入',
  'suggestions.insertTitle': '插入到聊天输入框（按 {n}）',
  'suggestions.why.trigger': '买家问法：“{matched}”',
  'suggestions.why.text': '话术内容相近：“{matched}”',
  'suggestions.why.context': '根据上下文：{matched}',
  'suggestions.why.shortcut': '快捷编码：{matched}',
  'suggestions.shortcut': '快捷编码 {code}',

  'search.label': '搜索话术库',
  'search.placeholder': '搜索话术或快捷编码（按 / 聚焦）',
  'search.noResults': '没有找到“{query}”相关的话术',
  'search.failed': '搜索失败，请稍后重试',
  'search.resultsLabel': '搜索结果',

  'empty.noChat.title': '未识别到聊天窗口',
  'empty.noChat.hint': '请先在支持的商家客服页面（拼多多、抖店飞鸽、快手小店、京东咚咚、千牛）打开一个聊天；刚安装插件时需要刷新一次聊天页面。也可以先在演示聊天里试用。',
  'empty.libraryEmpty.title': '话术库为空',
  'empty.libraryEmpty.hint': '还没有任何话术。可以恢复默认话术包，或请主管导入团队话术。',
  'empty.libraryEmpty.restore': '恢复默认话术',
  'empty.libraryEmpty.restoring': '正在恢复…',
  'empty.libraryEmpty.restoreFailed': '恢复失败，请稍后重试',

  'insert.ok': '已插入输入框，检查后再按发送',
  'insert.no-input': '未找到输入框，请先点一下聊天输入框再插入',
  'insert.not-verified': '插入没有生效，可以复制后手动粘贴',
  'insert.invalidated': '话术助手刚更新过，请刷新聊天页面',
  'insert.unreachable': '连接不到聊天页面，请刷新页面后重试',
  'insert.copy': '复制话术',
  'insert.copied': '已复制，可在输入框里粘贴',
  'status.dismiss': '关闭提示',

  'demo.pageTitle': '话术助手 · 演示聊天',
  'demo.shopName': '演示小店 · 客服工作台',
  'demo.practiceNote': '演示数据，消息不会发给任何人',
  'demo.conversations': '当前会话',
  'demo.waitingBadge': '{count} 条待回复',
  'demo.pickConversation': '从左侧选择一个会话开始',
  'demo.product': '咨询商品：{product}',
  'demo.messagesLabel': '聊天记录',
  'demo.buyerTyping': '对方正在输入…',
  'demo.replyLabel': '回复内容',
  'demo.replyPlaceholder': '输入回复，Enter 发送，Shift+Enter 换行',
  'demo.send': '发送',
  'demo.nextBuyerMessage': '下一句',
  'demo.nextBuyerMessageTitle': '让买家立刻发下一条消息',
  'demo.noMoreBuyerMessages': '买家没有更多消息了',
  'demo.panelTitle': '话术建议',
  'demo.panelWaiting': '等待买家消息…',
  'demo.sessionFailed': '演示页面没能连接到话术助手，请刷新页面',
} as const;

export type MessageKey = keyof typeof zhCN;
export type ZhCnMessages = typeof zhCN;
