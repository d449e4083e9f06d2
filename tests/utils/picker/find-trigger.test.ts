import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../../utils/picker/find-trigger';

describe('findTrigger: when typing in the reply box is a shortcut', () => {
  it('sees /hy typed at the start of an empty reply box', () => {
    expect(findTrigger('/hy')).toEqual({ start: 0, end: 3, query: 'hy' });
  });

  it('sees 、hy, what a Chinese input method types for the / key', () => {
    expect(findTrigger('、hy')).toEqual({ start: 0, end: 3, query: 'hy' });
  });

  it('sees full pinyin and Chinese after the slash', () => {
    expect(findTrigger('/huanying')?.query).toBe('huanying');
    expect(findTrigger('/欢迎')?.query).toBe('欢迎');
  });

  it('sees a shortcut typed after a space or a new line in a half-written reply', () => {
    expect(findTrigger('好的 /dh')).toEqual({ start: 3, end: 6, query: 'dh' });
    expect(findTrigger('好的\n/dh')?.query).toBe('dh');
  });

  it('leaves a slash inside a sentence alone: 2/3, A/B款, 好的/hy', () => {
    expect(findTrigger('2/3')).toBeNull();
    expect(findTrigger('A/B')).toBeNull();
    expect(findTrigger('好的/hy')).toBeNull();
  });

  it('opens nothing for a bare slash, a finished word or punctuation after it', () => {
    expect(findTrigger('/')).toBeNull();
    expect(findTrigger('/hy ')).toBeNull();
    expect(findTrigger('/hy，')).toBeNull();
    expect(findTrigger('')).toBeNull();
  });

  it('ignores a slash long before the caret: a sentence is not a shortcut', () => {
    expect(findTrigger(`/${'a'.repeat(40)}`)).toBeNull();
  });
});
