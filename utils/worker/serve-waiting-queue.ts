import type { RemoveListenerCallback } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { recordCaughtError } from '../diagnostics/install-error-log';
import { handleBackgroundRequest } from '../messaging/background-handlers';
import type { ReportOrigin } from '../waiting-queue/apply-report';
import { WAITING_QUEUE_ALARM, waitingQueue, type WaitingQueueService } from './waiting-queue-service';

/** A conversation list reported by anything but a chat tab (the popup, the options page) is refused. */
export class NotAChatTabError extends Error {
  override readonly name = 'NotAChatTabError';
  constructor() {
    super('会话列表只能由聊天标签页报告，例如拼多多商家后台的标签页 / a conversation list is reported only by a chat tab, e.g. the tab of the 拼多多 seller chat');
  }
}

/** The tab, window and frame whose list a report reads; refused without a real tab. */
export function reportOrigin(sender: Browser.runtime.MessageSender): ReportOrigin {
  const tab = sender.tab;
  // TAB_ID_NONE (-1) is a message from outside any tab.
  if (tab?.id === undefined || tab.id < 0 || tab.windowId === undefined || tab.windowId < 0) throw new NotAChatTabError();
  return { tabId: tab.id, windowId: tab.windowId, frameId: sender.frameId ?? 0 };
}

/**
 * The waiting queue in the worker: the chat tabs' reports, the queue for the bar and the popup,
 * opening a waiting buyer, the agent's response figures; a closed tab's buyers leave; the alarm
 * keeps the badge right while the chat tabs sleep. Call synchronously at the top of the worker:
 * a report, a closed tab or the alarm that wakes a stopped worker reaches only listeners that
 * exist by then. The keyboard command is in listen-for-commands.ts (the same `open`).
 */
export function serveWaitingQueue(queue: WaitingQueueService = waitingQueue): RemoveListenerCallback[] {
  const inBackground = (where: string) => (error: unknown) => recordCaughtError('background', error, where);

  const onTabRemoved = (tabId: number) => {
    queue.dropTab(tabId).catch(inBackground('waiting-queue-tab-closed'));
  };
  browser.tabs.onRemoved.addListener(onTabRemoved);
  // Alarms are shared: each listener of the worker answers its own alarm's name.
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === WAITING_QUEUE_ALARM) queue.tick().catch(inBackground('waiting-queue-tick'));
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  // At every start: the badge and the alarm follow the queue kept in storage.session.
  queue.tick().catch(inBackground('waiting-queue-start'));

  return [
    handleBackgroundRequest('reportConversationList', async (data, sender) => {
      await queue.report(reportOrigin(sender), data);
      return { ok: true } as const;
    }),
    handleBackgroundRequest('getWaitingQueue', () => queue.view()),
    handleBackgroundRequest('openLongestWaiting', (data) => queue.open(data)),
    handleBackgroundRequest('getResponseFigures', (data) => queue.figures(data?.days)),
    () => browser.tabs.onRemoved.removeListener(onTabRemoved),
    () => browser.alarms.onAlarm.removeListener(onAlarm),
  ];
}
