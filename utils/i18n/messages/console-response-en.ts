import type { consoleResponseZhCN } from './console-response-zh-CN';

export const consoleResponseEn = {
  'response.intro':
    'Your first replies over the last 7 days on each client: how many landed within that client’s reply window (set in Settings), and the median and slowest first reply. Counted on this computer only, never any chat text; the report for your lead carries these figures too.',
  'response.failed': 'Reply times cannot be read right now; reload the page in a moment.',
  'response.chartTitle': 'Replies within the window, last {days} days (by client)',
  'response.summary':
    '{replies} first replies in the last {days} days, {within} of them within the window ({share}). The chart stacks the replies within the window per day and client; the table lists each day’s median and slowest first reply per client.',
  'response.summaryNone': 'No first replies recorded in the last {days} days. Answer buyers with a chat page open and the figures appear here.',
  'response.col.day': 'Day',
  'response.col.client': 'Client',
  'response.col.replies': 'First replies',
  'response.col.within': 'Within the window',
  'response.col.share': 'Share within',
  'response.col.median': 'Median first reply',
  'response.col.slowest': 'Slowest first reply',
  'response.col.days': 'Days',
  'response.col.dailyMedian': 'Median of daily medians',
  'response.team.title': 'Reply times per agent (by client)',
  'response.team.summary': '{count} agents’ reports carry reply times: {agents}. The chart shows each agent’s share of replies within each client’s window.',
  'response.team.agentShare': '{agent} ({client}) {share}',
  'response.team.none': 'None of these reports carries reply times (reports from older versions do not).',
} satisfies Record<keyof typeof consoleResponseZhCN, string>;
