import { describe, expect, it, vi } from 'vitest';
import { createDemoBridgeListener, demoBridgeRequest, type BridgeSender, type DemoBridgeAnswer } from '../../../utils/messaging/demo-bridge';

const POPUP: BridgeSender = { id: 'our-extension', url: 'chrome-extension://our-extension/popup.html' };

function bridge(ownTabId: number | undefined | Promise<number | undefined>) {
  const answer = vi.fn(async (type: string) => ({ answered: type }));
  const listener = createDemoBridgeListener({
    ownTabId: () => ownTabId,
    isTrustedSender: (sender) => sender.id === 'our-extension' && (sender.url ?? '').startsWith('chrome-extension://our-extension/'),
    answer,
  });
  const ask = (message: unknown, sender: BridgeSender = POPUP) =>
    new Promise<{ willAnswer: boolean; answer?: DemoBridgeAnswer }>((resolve) => {
      // The listener may answer before it returns (a malformed request needs no waiting).
      let answered = false;
      const willAnswer = listener(message, sender, (reply) => {
        answered = true;
        resolve({ willAnswer: true, answer: reply });
      });
      if (!willAnswer) resolve({ willAnswer: answered });
    });
  return { answer, ask };
}

describe('the demo page’s bridge to the popup', () => {
  it('answers a request addressed to its own tab', async () => {
    const { ask, answer } = bridge(7);
    const reply = await ask(demoBridgeRequest(7, 'readThread', undefined));
    expect(reply).toEqual({ willAnswer: true, answer: { channel: 'huashu:demo-page', ok: true, result: { answered: 'readThread' } } });
    expect(answer).toHaveBeenCalledWith('readThread', undefined);
  });

  it('stays silent for another tab, so that tab’s own answer wins', async () => {
    const { ask, answer } = bridge(7);
    expect(await ask(demoBridgeRequest(8, 'insertPhrase', { text: '在的', phraseUid: 'x:1', category: 'greeting' }))).toEqual({ willAnswer: false });
    expect(answer).not.toHaveBeenCalled();
  });

  it('stays silent for messages that are not for it (the worker’s own traffic)', async () => {
    const { ask } = bridge(7);
    expect(await ask({ id: 1, type: 'suggest', data: {}, timestamp: 1 })).toEqual({ willAnswer: false });
    expect(await ask('hello')).toEqual({ willAnswer: false });
  });

  it('ignores requests from outside our extension pages (a content script, another extension)', async () => {
    const { ask, answer } = bridge(7);
    const request = demoBridgeRequest(7, 'insertPhrase', { text: '加我微信', phraseUid: 'x:1', category: 'greeting' });
    expect(await ask(request, { id: 'our-extension', url: 'https://mms.pinduoduo.com/chat-merchant/index.html' })).toEqual({ willAnswer: false });
    expect(await ask(request, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' })).toEqual({ willAnswer: false });
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses a malformed request for its tab with a readable error', async () => {
    const { ask, answer } = bridge(7);
    const reply = await ask({ channel: 'huashu:demo-page', tabId: 7, request: { type: 'sendMessage', data: {} } });
    expect(reply.answer).toMatchObject({ ok: false, error: expect.stringContaining('malformed demo page request') });
    expect(answer).not.toHaveBeenCalled();
  });

  it('passes on the page’s refusal as an error answer', async () => {
    const { ask, answer } = bridge(7);
    answer.mockRejectedValueOnce(new Error('page request "insertPhrase" was refused'));
    const reply = await ask(demoBridgeRequest(7, 'insertPhrase', { text: '' }));
    expect(reply.answer).toEqual({ channel: 'huashu:demo-page', ok: false, error: 'page request "insertPhrase" was refused' });
  });

  it('answers a readThread whose empty data was dropped on the way (structured cloning drops undefined)', async () => {
    const { ask } = bridge(7);
    const reply = await ask(JSON.parse(JSON.stringify(demoBridgeRequest(7, 'readThread', undefined))));
    expect(reply.answer?.ok).toBe(true);
  });

  it('waits for its own tab id when asked right at page load', async () => {
    const { ask } = bridge(Promise.resolve(7));
    expect((await ask(demoBridgeRequest(7, 'readThread', undefined))).answer?.ok).toBe(true);
  });
});
