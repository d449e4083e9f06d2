/**
 * The lead's console, sections pages: Chinese strings. console-zh-CN.ts includes them in the console's table;
 * kept in a file of their own so each console page's words live together.
 */
export const consoleSectionsZhCN = {
  // Shared by the sections' tables and forms.
  'console.sections.noMatch': '没有符合“{query}”的记录',
  'console.sections.invalidFields': '有 {count} 处需要修改，见下方红字',
  'console.sections.page.prev': '上一页',
  'console.sections.page.next': '下一页',

  // 违规词 (components/options/wording/)
  'console.sections.wording.intro': '客服标记的违规词先“待审核”，通过后对全组生效；话术包里的规则可以停用，被话术包锁定的不能停用。',
  'console.sections.wording.search': '搜索词条、类别、来源或状态',
  'console.sections.wording.noRules': '还没有话术包规则。',
  'console.sections.wording.tag.pending': '待审核',
  'console.sections.wording.tag.active': '已生效',
  'console.sections.wording.tag.rejected': '已驳回',
  'console.sections.wording.tag.disabled': '已停用',
  'console.sections.wording.locked': '已锁定',
  'console.sections.wording.lockedHint': '由话术包锁定，只能在话术包的新版本里修改',

  // 错误日志 (components/diagnostics/ErrorLogView.tsx)
  'console.sections.errors.search': '搜索错误类型、出错的地方或代码位置',
  'console.sections.errors.clearTitle': '清空全部错误记录？',
  'console.sections.errors.clearContent': '清空后无法恢复。需要交给技术支持的话，请先导出 JSON。',

  // 话术包订阅 (components/subscription/)
  'console.sections.subscription.settingsTitle': '订阅设置',
  'console.sections.subscription.statusTitle': '检查结果',
  'console.sections.subscription.status': '状态',
  'console.sections.subscription.lastCheck': '上次检查',
  'console.sections.subscription.etag': '版本标记（ETag）',

  // 设置 (components/options/settings/)
  'console.sections.settings.intro': '话术里的店铺名、客服名占位用这里填的内容替换；界面语言和建议条数对弹窗和聊天页都生效。',
  'console.sections.settings.placeholdersTitle': '店铺名与客服名',
  'console.sections.settings.displayTitle': '界面与建议',
  'console.sections.settings.waitTitle': '等待回复的时限',
  'console.sections.settings.waitHelp':
    '等待队列按各平台的回复时限给买家的等待计时：过了一半变黄，过了 80% 变红。默认值来自各平台规则的公开说法（不是官方文本）：淘宝/天猫、抖店飞鸽、拼多多、快手 3 分钟，京东 30 秒；按你店铺的考核改。留空即用默认值。',
  'console.sections.settings.waitBySite': '各平台回复时限（秒）',
  'console.sections.settings.waitFor': '{client}的回复时限',
  'console.sections.settings.waitDefault': '默认 {seconds}',
  'console.sections.settings.seconds': '秒',
  'console.sections.settings.waitSound': '买家等待变红时响一声',
  'console.sections.settings.waitSoundHelp': '默认关闭。打开后，聊天页面在前台时，买家的等待变红会短促地响一声，每位买家只响一次。除此之外，话术助手不会发出任何声音，也不会弹出系统通知。',

  // 自定义站点 (components/custom-sites/)
  'console.sections.sites.search': '搜索站点名称或网址',
  'console.sections.sites.editTitle': '编辑站点：{name}',
  'console.sections.sites.column.pattern': '网址规则',
  'console.sections.sites.column.access': '访问权限',
  'console.sections.sites.accessMissing': '未允许访问',
  'console.sections.sites.accessMissingNote': '插件不会在这个网站上运行',
} as const;
