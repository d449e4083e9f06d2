import { describe, expect, it } from 'vitest';
import { barKeyCommand, type BarKeyEvent } from '../../../../utils/page/bar/bar-keys';

function key(overrides: Partial<BarKeyEvent>): BarKeyEvent {
  return {
    key: '',
    code: '',
    keyCode: 0,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    repeat: false,
    isComposing: false,
    ...overrides,
  };
}

const OPEN = { visible: true, expanded: true, facts: false, inFacts: false };
const COLLAPSED = { visible: true, expanded: false, facts: false, inFacts: false };
const NO_BAR = { visible: false, expanded: false, facts: false, inFacts: false };
const OPEN_WITH_FACTS = { ...OPEN, facts: true };

describe('keys an agent presses while the in-page bar shows', () => {
  it('Alt+1, Alt+2 and Alt+3 insert the suggestion with that number', () => {
    expect(barKeyCommand(key({ key: '1', code: 'Digit1', altKey: true }), OPEN)).toEqual({ kind: 'insert', index: 0 });
    expect(barKeyCommand(key({ key: '3', code: 'Numpad3', altKey: true }), OPEN)).toEqual({ kind: 'insert', index: 2 });
  });

  it('reads the physical key, so Alt+1 still works where Alt turns the digit into a symbol (macOS "¡")', () => {
    expect(barKeyCommand(key({ key: '¡', code: 'Digit1', altKey: true }), OPEN)).toEqual({ kind: 'insert', index: 0 });
  });

  it('leaves Alt+4 and above, plain digits and Ctrl/Shift/Meta combinations to the page', () => {
    expect(barKeyCommand(key({ key: '4', code: 'Digit4', altKey: true }), OPEN)).toBeNull();
    expect(barKeyCommand(key({ key: '1', code: 'Digit1' }), OPEN)).toBeNull();
    expect(barKeyCommand(key({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }), OPEN)).toBeNull();
    expect(barKeyCommand(key({ key: '!', code: 'Digit1', altKey: true, shiftKey: true }), OPEN)).toBeNull();
  });

  it('never acts while a Chinese IME is composing, however the composition shows up', () => {
    expect(barKeyCommand(key({ key: '1', code: 'Digit1', altKey: true, isComposing: true }), OPEN)).toBeNull();
    expect(barKeyCommand(key({ key: 'Process', code: 'Digit1', altKey: true, keyCode: 229 }), OPEN)).toBeNull();
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape', isComposing: true }), OPEN)).toBeNull();
  });

  it('does not insert a phrase the agent cannot see (bar collapsed or hidden), nor again on key repeat', () => {
    expect(barKeyCommand(key({ key: '1', code: 'Digit1', altKey: true }), COLLAPSED)).toBeNull();
    expect(barKeyCommand(key({ key: '1', code: 'Digit1', altKey: true }), NO_BAR)).toBeNull();
    expect(barKeyCommand(key({ key: '1', code: 'Digit1', altKey: true, repeat: true }), OPEN)).toBeNull();
  });

  it('Esc hides a shown bar, and stays the page’s key when there is no bar', () => {
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape' }), OPEN)).toEqual({ kind: 'hide' });
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape' }), COLLAPSED)).toEqual({ kind: 'hide' });
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape' }), NO_BAR)).toBeNull();
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape', ctrlKey: true }), OPEN)).toBeNull();
  });

  it('Esc with the focus in the facts card closes the card instead of hiding the bar', () => {
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape' }), { ...OPEN_WITH_FACTS, inFacts: true })).toEqual({ kind: 'close-facts' });
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape' }), OPEN_WITH_FACTS)).toEqual({ kind: 'hide' });
    expect(barKeyCommand(key({ key: 'Escape', code: 'Escape', isComposing: true }), { ...OPEN_WITH_FACTS, inFacts: true })).toBeNull();
  });

  it('Alt+0 hides the bar or brings it back', () => {
    expect(barKeyCommand(key({ key: '0', code: 'Digit0', altKey: true }), OPEN)).toEqual({ kind: 'toggle' });
    expect(barKeyCommand(key({ key: '0', code: 'Digit0', altKey: true }), NO_BAR)).toEqual({ kind: 'toggle' });
  });

  it('Alt+P goes to the product’s facts, only while the bar shows a product with facts', () => {
    expect(barKeyCommand(key({ key: 'p', code: 'KeyP', altKey: true }), OPEN_WITH_FACTS)).toEqual({ kind: 'facts' });
    // macOS types π with Alt held; the physical key still counts.
    expect(barKeyCommand(key({ key: 'π', code: 'KeyP', altKey: true }), OPEN_WITH_FACTS)).toEqual({ kind: 'facts' });
    expect(barKeyCommand(key({ key: 'p', code: 'KeyP', altKey: true }), OPEN)).toBeNull();
    expect(barKeyCommand(key({ key: 'p', code: 'KeyP', altKey: true }), { ...COLLAPSED, facts: true })).toBeNull();
    expect(barKeyCommand(key({ key: 'p', code: 'KeyP' }), OPEN_WITH_FACTS)).toBeNull();
    expect(barKeyCommand(key({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true }), OPEN_WITH_FACTS)).toBeNull();
    expect(barKeyCommand(key({ key: 'p', code: 'KeyP', altKey: true, repeat: true }), OPEN_WITH_FACTS)).toBeNull();
    expect(barKeyCommand(key({ key: 'Process', code: 'KeyP', altKey: true, keyCode: 229 }), OPEN_WITH_FACTS)).toBeNull();
  });
});
