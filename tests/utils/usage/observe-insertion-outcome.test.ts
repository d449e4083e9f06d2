// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import type { Thread } from '../../../utils/schemas/thread';
import { createOutcomeReporter, type OutcomeReport } from '../../../utils/usage/observe-insertion-outcome';

const PHRASE = '亲，已经是活动价了，拍下自动减，很划算的～';

/** A chat page: a message list and a reply box, read the way a site adapter reads one. */
function chatPage(): { doc: Document; box: HTMLTextAreaElement; send(): void; reporter: ReturnType<typeof createOutcomeReporter>; reports: OutcomeReport[] } {
  document.body.innerHTML = '<ol id="list"><li class="buyer">能便宜点吗</li></ol><textarea id="box"></textarea>';
  const box = document.querySelector<HTMLTextAreaElement>('#box')!;
  const list = document.querySelector('#list')!;
  const adapter = {
    readThread: (doc: Document): Thread => ({
      site: 'test',
      messages: [...doc.querySelectorAll('#list li')].map((li) => ({
        role: li.className === 'agent' ? ('agent' as const) : ('buyer' as const),
        text: li.textContent ?? '',
      })),
    }),
    findInput: () => box,
  };
  const reports: OutcomeReport[] = [];
  const reporter = createOutcomeReporter({
    doc: document,
    adapter,
    report: async (report) => reports.push(report),
    onError: () => undefined,
    settleMs: 10,
  });
  return {
    doc: document,
    box,
    reporter,
    reports,
    send() {
      const li = document.createElement('li');
      li.className = 'agent';
      li.textContent = box.value;
      list.append(li);
      box.value = '';
    },
  };
}

afterEach(() => vi.useRealTimers());

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 40));
}

it('reports a phrase the agent sent as it was inserted', async () => {
  const page = chatPage();
  page.box.value = PHRASE;
  page.reporter.watch({ text: PHRASE, phraseUid: 'default-zh/bargaining-001', intent: 'bargaining' });

  page.send();
  await settle();

  expect(page.reports).toEqual([{ phraseUid: 'default-zh/bargaining-001', intent: 'bargaining', outcome: 'sent-unchanged' }]);
});

it('reports an edit when the agent changed the phrase before sending', async () => {
  const page = chatPage();
  page.box.value = PHRASE;
  page.reporter.watch({ text: PHRASE, phraseUid: 'default-zh/bargaining-001', intent: 'bargaining' });

  page.box.value = `${PHRASE} 再送您一个小样`;
  page.box.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  page.send();
  await settle();

  expect(page.reports.map((report) => report.outcome)).toEqual(['edited']);
});

it('reports a deletion when the agent cleared the reply box', async () => {
  const page = chatPage();
  page.box.value = PHRASE;
  page.reporter.watch({ text: PHRASE, phraseUid: 'default-zh/bargaining-001', intent: 'bargaining' });

  page.box.value = '';
  page.box.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();

  expect(page.reports.map((report) => report.outcome)).toEqual(['deleted']);
});

it('reports nothing about an insertion a newer one replaced', async () => {
  const page = chatPage();
  page.box.value = PHRASE;
  page.reporter.watch({ text: PHRASE, phraseUid: 'default-zh/bargaining-001', intent: 'bargaining' });
  page.box.value = '亲，这是新的一句';
  page.reporter.watch({ text: '亲，这是新的一句', phraseUid: 'default-zh/bargaining-002', intent: 'bargaining' });

  page.send();
  await settle();

  expect(page.reports).toEqual([{ phraseUid: 'default-zh/bargaining-002', intent: 'bargaining', outcome: 'sent-unchanged' }]);
});
