/**
 * The console's words for reply times (#17): the agent's own 7-day chart
 * (components/console/response-times/) and the lead's per-agent table (components/console/team/).
 */
export const consoleResponseZhCN = {
  'response.intro': '你最近 7 天在各平台的首次回复：多少次在该平台的回复时限内（时限在“设置”里改），中位和最慢的首次回复用了多久。只在这台电脑上统计，不含任何聊天内容；导出给组长的报告里也带上这些数字。',
  'response.failed': '暂时读不到回复时效，请稍后刷新页面再试。',
  'response.chartTitle': '近 {days} 天时限内的回复（按平台）',
  'response.summary': '近 {days} 天共首次回复 {replies} 次，其中 {within} 次在时限内（{share}）。图中按天、按平台堆叠时限内的回复数，表格列出每天每个平台的中位与最慢首次回复。',
  'response.summaryNone': '近 {days} 天还没有记录到首次回复。聊天页面打开时回复买家，这里就会有数字。',
  'response.col.day': '日期',
  'response.col.client': '平台',
  'response.col.replies': '首次回复',
  'response.col.within': '时限内',
  'response.col.share': '时限内占比',
  'response.col.median': '首次回复中位数',
  'response.col.slowest': '最慢首次回复',
  'response.col.days': '天数',
  'response.col.dailyMedian': '每日中位数的中位数',
  'response.team.title': '各客服的回复时效（按平台）',
  'response.team.summary': '{count} 位客服的报告带有回复时效：{agents}。图中是各客服在各平台时限内回复的占比。',
  'response.team.agentShare': '{agent}（{client}）{share}',
  'response.team.none': '这些报告里没有回复时效（较早版本导出的报告不带这些数字）。',
} as const;
