import { callBackground } from '../messaging/page-background-client';
import type { WaitingQueueMessenger } from './waiting-queue-page';

/** The waiting queue's requests through the chat page's one background client. */
export const backgroundWaitingQueueMessenger: WaitingQueueMessenger = {
  reportConversationList: (report) => callBackground('reportConversationList', report),
  openLongestWaiting: () => callBackground('openLongestWaiting'),
};
