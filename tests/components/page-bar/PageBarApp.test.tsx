// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageBarApp, type BarSurroundings } from '../../../components/page-bar/PageBarApp';
import { barKeyHandlers, listenForBarKeys } from '../../../utils/page/bar/bar-keyboard';
import { createBarModel, type BarModel } from '../../../utils/page/bar/bar-model';
import { loadBarPreferences, type BarPreferences } from '../../../utils/page/bar/bar-preferences';
import { createStore } from '../../../utils/page/bar/bar-store';
import { loadBarState } from '../../../utils/settings/bar-state-store';
import type { InsertResult } from '../../../utils/schemas/page-results';
import type { SuggestedProduct } from '../../../utils/schemas/product';
import type { Suggestion } from '../../../utils/schemas/suggestion';

function suggestion(id: string, category: string): Suggestion {
  return { phraseUid: `default-zh/${id}`, packId: 'default-zh', text: `话术 ${id}`, category, score: 0.5, reason: { kind: 'trigger', matched: '' } };
}
const TOP = [suggestion('bargain-1', 'bargaining'), suggestion('ship-1', 'shipping'), suggestion('bargain-2', 'bargaining')];
const SITE = 'mms.pinduoduo.com';
const CUP: SuggestedProduct = {
  uid: 'team/不锈钢保温杯 500ml',
  name: '不锈钢保温杯 500ml',
  facts: [
    { name: '材质', value: '316 不锈钢内胆' },
    { name: '保修', value: '整机保修一年' },
  ],
  showFacts: false,
};

/** Presses a key the way a keyboard does: on the focused element, bubbling up to the window. */
function press(init: KeyboardEventInit & { keyCode?: number }): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  return (document.activeElement ?? document.body).dispatchEvent(event);
}

describe('the bar as the content script mounts it, driven from the keyboard', () => {
  let model: BarModel;
  let preferences: BarPreferences;
  let inserted: Suggestion[];
  let insertedFacts: string[];
  let stopKeys: () => void;

  beforeEach(async () => {
    fakeBrowser.reset();
    inserted = [];
    insertedFacts = [];
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    model = createBarModel({
      suggest: () => Promise.resolve({ buyerTurn: '能便宜点吗', suggestions: TOP, product: CUP }),
      insert: (chosen): Promise<InsertResult> => {
        inserted.push(chosen);
        return Promise.resolve({ ok: true });
      },
      insertFact: (value): Promise<InsertResult> => {
        insertedFacts.push(value);
        return Promise.resolve({ ok: true });
      },
      onError: () => undefined,
    });
    preferences = await loadBarPreferences(SITE, () => undefined);
    const surroundings = createStore<BarSurroundings>({ lang: 'zh-CN', categories: [] });
    render(
      <PageBarApp
        model={model}
        preferences={preferences}
        surroundings={surroundings}
        placement={{ frameRef: () => undefined, onRendered: () => undefined, currentOffset: () => ({ dx: 12, dy: -30 }) }}
      />,
    );
    // As the content script wires it: the focus goes back to the reply box when it was on the bar.
    stopKeys = listenForBarKeys(
      window,
      barKeyHandlers({
        model,
        collapsed: () => preferences.get().collapsed,
        beforeHide: () => {
          if (document.activeElement?.closest('[data-testid="page-bar"]')) document.querySelector<HTMLTextAreaElement>('#reply')?.focus();
        },
        focusInFacts: () => document.activeElement?.closest('.hs-facts') != null,
      }),
    );
    await act(async () => {
      model.showThread({ thread: { site: 'generic', messages: [{ role: 'buyer', text: '能便宜点吗' }] }, kind: 'conversation-switched' });
    });
    document.querySelector<HTMLTextAreaElement>('#reply')?.focus();
  });
  afterEach(() => {
    stopKeys();
    cleanup();
  });

  it('renders the three suggestions once a buyer message has been answered', () => {
    expect(screen.getAllByTestId('page-bar-suggestion')).toHaveLength(3);
  });

  it('Alt+1 inserts the first suggestion and the key goes no further', async () => {
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    let notCancelled = true;
    await act(async () => {
      notCancelled = press({ key: '1', code: 'Digit1', altKey: true });
    });
    document.removeEventListener('keydown', pageHeard);
    expect(inserted).toEqual([TOP[0]]);
    expect(notCancelled).toBe(false);
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('Alt+3 inserts the third', async () => {
    await act(async () => {
      press({ key: '3', code: 'Digit3', altKey: true });
    });
    expect(inserted).toEqual([TOP[2]]);
  });

  it('ignores Alt+1 while a Chinese IME is composing, and leaves the key to the page', async () => {
    let notCancelled = false;
    await act(async () => {
      notCancelled = press({ key: 'Process', code: 'Digit1', altKey: true, isComposing: true, keyCode: 229 });
    });
    expect(inserted).toEqual([]);
    expect(notCancelled).toBe(true);
  });

  it('hides on Esc; Alt+0 brings it back', async () => {
    await act(async () => {
      press({ key: 'Escape', code: 'Escape' });
    });
    expect(screen.queryByTestId('page-bar')).toBeNull();
    await act(async () => {
      press({ key: '1', code: 'Digit1', altKey: true });
    });
    expect(inserted).toEqual([]);
    await act(async () => {
      press({ key: '0', code: 'Digit0', altKey: true });
    });
    expect(screen.getAllByTestId('page-bar-suggestion')).toHaveLength(3);
  });

  it('once hidden, Esc is the page’s key again', async () => {
    await act(async () => {
      press({ key: 'Escape', code: 'Escape' });
    });
    let notCancelled = false;
    await act(async () => {
      notCancelled = press({ key: 'Escape', code: 'Escape' });
    });
    expect(notCancelled).toBe(true);
  });

  it('remembers for this site that the agent collapsed it, and inserts nothing unseen while collapsed', async () => {
    await act(async () => {
      fireEvent.click(screen.getByTestId('page-bar-collapse'));
    });
    expect(screen.getByTestId('page-bar').dataset.collapsed).toBe('true');
    expect((await loadBarState(SITE)).collapsed).toBe(true);
    expect((await loadBarState('im.jinritemai.com')).collapsed).toBe(false);
    await act(async () => {
      press({ key: '1', code: 'Digit1', altKey: true });
    });
    expect(inserted).toEqual([]);
  });

  it('remembers where the agent dropped it, as an offset from its dock', async () => {
    await act(async () => {
      fireEvent.keyDown(screen.getByTestId('page-bar-handle'), { key: 'ArrowUp' });
    });
    expect((await loadBarState(SITE)).offset).toEqual({ dx: 12, dy: -30 });
  });

  it('Alt+P opens the facts card and focuses its first fact; Enter on a fact inserts it, ↓ moves on', async () => {
    expect(screen.queryByTestId('facts-card')).toBeNull();
    let notCancelled = true;
    await act(async () => {
      notCancelled = press({ key: 'p', code: 'KeyP', altKey: true });
    });
    expect(notCancelled).toBe(false);
    const facts = screen.getAllByTestId('facts-card-fact');
    expect(document.activeElement).toBe(facts[0]);
    await act(async () => {
      press({ key: 'ArrowDown', code: 'ArrowDown' });
    });
    expect(document.activeElement).toBe(facts[1]);
    // A focused button's Enter is its click.
    await act(async () => {
      fireEvent.click(document.activeElement!);
    });
    expect(insertedFacts).toEqual(['整机保修一年']);
    expect(inserted).toEqual([]);
  });

  it('Esc in the facts card closes the card and gives the focus back to the reply box; the bar stays', async () => {
    await act(async () => {
      press({ key: 'p', code: 'KeyP', altKey: true });
    });
    expect(document.activeElement).toBe(screen.getAllByTestId('facts-card-fact')[0]);
    let notCancelled = true;
    await act(async () => {
      notCancelled = press({ key: 'Escape', code: 'Escape' });
    });
    expect(notCancelled).toBe(false);
    expect(screen.queryByTestId('facts-card')).toBeNull();
    expect(screen.getAllByTestId('page-bar-suggestion')).toHaveLength(3);
    expect(document.activeElement).toBe(document.querySelector('#reply'));
    // From the reply box, Esc hides the bar as before.
    await act(async () => {
      press({ key: 'Escape', code: 'Escape' });
    });
    expect(screen.queryByTestId('page-bar')).toBeNull();
  });

  it('the toggle opens and closes the card, and the agent’s choice holds', async () => {
    await act(async () => {
      fireEvent.click(screen.getByTestId('facts-card-toggle'));
    });
    expect(screen.getAllByTestId('facts-card-fact')).toHaveLength(2);
    await act(async () => {
      fireEvent.click(screen.getByTestId('facts-card-toggle'));
    });
    expect(screen.queryByTestId('facts-card')).toBeNull();
  });
});

