// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LIST_HEARTBEAT_MS,
  LIST_READ_THROTTLE_MS,
  startConversationListReporter,
  type ConversationListReporter,
  type ReporterClock,
} from '../../../utils/page/conversation-list-reporter';
import type { ConversationListEntry, ConversationListReport } from '../../../utils/schemas/waiting-queue';
import type { Thread } from '../../../utils/schemas/thread';

/** Timers under the test's hand: nothing runs until `advance`. */
function fakeClock(): ReporterClock & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; every?: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle),
    setInterval(run, ms) {
      timers.set(next, { at: now + ms, every: ms, run });
      return next++;
    },
    clearInterval: (handle) => void timers.delete(handle),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [handle, timer] = due;
        now = timer.at;
        if (timer.every) timer.at += timer.every;
        else timers.delete(handle);
        timer.run();
      }
      now = end;
    },
  };
}

/** MutationObserver callbacks are microtasks. */
const mutationsDelivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let list: ConversationListEntry[];
let thread: Thread | null;
let sent: ConversationListReport[];
let clock: ReturnType<typeof fakeClock>;
let reporter: ConversationListReporter;
let reads: number;

function start(): void {
  reporter = startConversationListReporter({
    adapter: {
      id: 'pinduoduo',
      readConversationList: () => {
        reads += 1;
        return list;
      },
    },
    doc: document,
    readThread: () => thread,
    send: async (report) => {
      sent.push(report);
      return { ok: true };
    },
    onError: () => undefined,
    clock,
  });
}

beforeEach(() => {
  document.body.innerHTML = '<ul id="list"><li>小橙子2024</li></ul>';
  list = [{ key: '7730018', name: '小橙子2024', waiting: true, source: 'client-marker', since: 1_000, open: true }];
  thread = { site: 'pinduoduo', conversationId: '7730018', buyer: { id: '7730018', nickname: '小橙子2024' }, messages: [{ role: 'buyer', text: '在吗？我的手机号 13800138000' }] };
  sent = [];
  reads = 0;
  clock = fakeClock();
});
afterEach(() => reporter.stop());

describe('reporting the conversation list from a chat page', () => {
  it('reports on load, then only when the reading changes', async () => {
    start();
    expect(sent).toEqual([{ site: 'pinduoduo', entries: list }]);
    document.body.append(document.createElement('div')); // a change that changes nothing the queue uses
    await mutationsDelivered();
    clock.advance(LIST_READ_THROTTLE_MS);
    expect(reads).toBe(2);
    expect(sent).toHaveLength(1);

    list = [...list, { key: '5510042', name: '路过的猫', waiting: true, source: 'unread-badge' }];
    document.getElementById('list')?.append(document.createElement('li'));
    await mutationsDelivered();
    clock.advance(LIST_READ_THROTTLE_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.entries.map((entry) => entry.key)).toEqual(['7730018', '5510042']);
  });

  it('reads a busy page at most once per throttle window', async () => {
    start();
    for (let tick = 0; tick < 20; tick += 1) {
      document.body.append(document.createElement('span'));
      await mutationsDelivered();
      clock.advance(50); // twenty changes over one second
    }
    clock.advance(LIST_READ_THROTTLE_MS);
    // The load's reading, then one per 500 ms of changes.
    expect(reads).toBeLessThanOrEqual(1 + Math.ceil(1000 / LIST_READ_THROTTLE_MS) + 1);
    expect(reads).toBeGreaterThanOrEqual(2);
  });

  it('adds the open conversation’s last message from the buyer, and sends no word of it', async () => {
    list = [{ key: '7730018', name: '小橙子2024', waiting: false, open: true }];
    start();
    expect(sent[0]?.entries[0]).toEqual({ key: '7730018', name: '小橙子2024', waiting: true, source: 'last-message', open: true });
    expect(JSON.stringify(sent)).not.toContain('13800138000');
    // The agent replies: the thread changes, and the buyer no longer waits.
    thread = { ...(thread as Thread), messages: [...(thread as Thread).messages, { role: 'agent', text: '在的亲' }] };
    reporter.poke();
    clock.advance(LIST_READ_THROTTLE_MS);
    expect(sent.at(-1)?.entries[0]).toEqual({ key: '7730018', name: '小橙子2024', waiting: false, open: true });
  });

  it('sends the unchanged reading again every 30 s, so a restarted worker hears from the tab', () => {
    start();
    clock.advance(LIST_HEARTBEAT_MS);
    expect(sent).toHaveLength(2);
    clock.advance(LIST_HEARTBEAT_MS);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual(sent[0]);
  });

  it('sends nothing from a frame that never shows a list or a conversation; a list that goes away is sent empty once', async () => {
    list = [];
    thread = null;
    start();
    clock.advance(LIST_HEARTBEAT_MS * 2);
    expect(sent).toEqual([]);
    reporter.stop();

    list = [{ key: '甲', name: '甲', waiting: true, source: 'unread-badge' }];
    start();
    list = [];
    reporter.poke();
    clock.advance(LIST_READ_THROTTLE_MS);
    clock.advance(LIST_HEARTBEAT_MS);
    expect(sent.map((report) => report.entries.length)).toEqual([1, 0]);
  });

  it('keeps going when a reading throws or a send fails, and stops when told', async () => {
    let failing = true;
    const errors: string[] = [];
    reporter = startConversationListReporter({
      adapter: {
        id: 'feige',
        readConversationList: () => {
          if (failing) throw new Error('page mid-render');
          return list;
        },
      },
      doc: document,
      readThread: () => null,
      send: async (report) => {
        sent.push(report);
        throw new Error('no worker');
      },
      onError: (where) => errors.push(where),
      clock,
    });
    expect(errors).toEqual(['conversation list']);
    failing = false;
    reporter.poke();
    clock.advance(LIST_READ_THROTTLE_MS);
    await mutationsDelivered();
    expect(sent).toHaveLength(1);
    expect(errors).toEqual(['conversation list', 'report conversation list']);
    clock.advance(LIST_HEARTBEAT_MS * 2);
    await mutationsDelivered();
    expect(sent).toHaveLength(3);
    expect(errors).toEqual(['conversation list', 'report conversation list']); // failures in a row: logged once
    reporter.stop();
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    clock.advance(LIST_HEARTBEAT_MS);
    expect(sent).toHaveLength(3);
  });
});
