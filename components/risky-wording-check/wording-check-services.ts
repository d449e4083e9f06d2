import { callBackground } from '../../utils/messaging/background-client';
import { callPage } from '../../utils/messaging/page-client';
import type { FlaggedWording } from '../../utils/messaging/protocol';
import type { PageDraft } from '../../utils/schemas/page-results';
import type { Thread } from '../../utils/schemas/thread';
import type { WordingCategory, WordingFinding } from '../../utils/schemas/risky-wording-finding';

/** What 检查话术 and 标记违规 ask of the chat page and the background (a test answers with fixtures). */
export interface WordingCheckServices {
  readDraft: (tabId: number) => Promise<PageDraft>;
  checkDraft: (text: string, thread: Thread | null) => Promise<WordingFinding[]>;
  flagWording: (flag: { term: string; reason: string; category: WordingCategory }) => Promise<FlaggedWording>;
  listFlags: () => Promise<FlaggedWording[]>;
}

export const backgroundWordingCheckServices: WordingCheckServices = {
  readDraft: (tabId) => callPage(tabId, 'readDraft', undefined),
  checkDraft: (text, thread) => callBackground('checkDraft', thread ? { text, thread } : { text }),
  flagWording: (flag) => callBackground('flagWording', flag),
  listFlags: () => callBackground('listFlags'),
};
