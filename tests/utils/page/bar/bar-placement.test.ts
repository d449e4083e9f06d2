// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createBarPlacement } from '../../../../utils/page/bar/bar-placement';
import { genericAdapter } from '../../../../utils/sites/generic-adapter';
import type { SiteAdapter } from '../../../../utils/sites/site-adapter';

/** jsdom lays nothing out: give elements the boxes Chromium would. */
function setBox(element: Element, box: { left: number; top: number; width: number; height: number }): void {
  element.getBoundingClientRect = () => ({ ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box });
}

function frameOfHeight(height: number): HTMLElement {
  const frame = document.createElement('section');
  Object.defineProperty(frame, 'offsetWidth', { get: () => parseInt(frame.style.width, 10) || 0 });
  Object.defineProperty(frame, 'offsetHeight', { get: () => height });
  document.body.append(frame);
  return frame;
}

describe('keeping the bar docked by the chat input', () => {
  let reply: HTMLTextAreaElement;
  let send: HTMLButtonElement;
  const adapter: SiteAdapter = { ...genericAdapter, findInput: () => reply, findSendButton: () => send };

  beforeEach(() => {
    document.body.innerHTML = '<textarea id="reply"></textarea><button id="send">发送</button>';
    reply = document.querySelector('#reply')!;
    send = document.querySelector('#send')!;
    Object.assign(window, { innerWidth: 1280, innerHeight: 800 });
    setBox(reply, { left: 240, top: 640, width: 400, height: 80 });
    setBox(send, { left: 1180, top: 730, width: 56, height: 30 });
  });

  it('sits just above the reply box, as wide as it', () => {
    const frame = frameOfHeight(120);
    const placement = createBarPlacement({ adapter, doc: document, offset: () => ({ dx: 0, dy: 0 }) });
    placement.attach(frame);
    expect(frame.style.width).toBe('400px');
    expect([frame.style.left, frame.style.top]).toEqual(['240px', `${640 - 6 - 120}px`]);
  });

  it('follows the reply box when the page moves it', () => {
    const frame = frameOfHeight(120);
    const placement = createBarPlacement({ adapter, doc: document, offset: () => ({ dx: 0, dy: 0 }) });
    placement.attach(frame);
    setBox(reply, { left: 300, top: 500, width: 400, height: 80 });
    placement.update();
    expect([frame.style.left, frame.style.top]).toEqual(['300px', `${500 - 6 - 120}px`]);
  });

  it('reports where a dragged bar really ended up, kept on screen', () => {
    const frame = frameOfHeight(120);
    const placement = createBarPlacement({ adapter, doc: document, offset: () => ({ dx: -2000, dy: 0 }) });
    placement.attach(frame);
    expect(frame.style.left).toBe('4px');
    expect(placement.currentOffset()).toEqual({ dx: 4 - 240, dy: 0 });
  });

  it('waits in the corner while the reply box is not on screen', () => {
    const frame = frameOfHeight(100);
    setBox(reply, { left: 0, top: 0, width: 0, height: 0 });
    setBox(send, { left: 0, top: 0, width: 0, height: 0 });
    const placement = createBarPlacement({ adapter, doc: document, offset: () => ({ dx: 0, dy: 0 }) });
    placement.attach(frame);
    expect([frame.style.left, frame.style.top]).toEqual([`${1280 - 420 - 16}px`, `${800 - 100 - 16}px`]);
  });

  it('survives an adapter that trips over a page in the middle of re-rendering', () => {
    const frame = frameOfHeight(100);
    const broken: SiteAdapter = {
      ...adapter,
      findInput: () => {
        throw new Error('half-rendered');
      },
    };
    const placement = createBarPlacement({ adapter: broken, doc: document, offset: () => ({ dx: 0, dy: 0 }) });
    expect(() => placement.attach(frame)).not.toThrow();
  });
});
