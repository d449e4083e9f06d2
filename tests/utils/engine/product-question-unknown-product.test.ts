import { describe, expect, it } from 'vitest';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { buildShippedLibraryIndex } from '../../../utils/engine/shipped-library-index';
import { suggest } from '../../../utils/engine/suggest';
import { defaultPack } from '../../../utils/packs/default-pack';
import { chat } from './fixture-library';

const pack = defaultPack();
const index = buildShippedLibraryIndex(libraryFromPacks([pack]));
const holdingTexts = new Set(pack.phrases.filter((phrase) => phrase.holding === true).map((phrase) => phrase.text));
const top = (...turns: string[]) => suggest(index, chat(...turns), { limit: 3 }).suggestions;

describe('a question about the item when the chat shows no product', () => {
  it.each(['保质期多长时间啊', '这件是什么面料的 会不会扎', '能不能装开水 耐高温吗'])('"%s" opens with a reply that answers, the look-up after it', (turn) => {
    const suggestions = top(turn);
    expect(suggestions[0]?.category).toBe('product');
    expect(holdingTexts.has(suggestions[0]?.text ?? '')).toBe(false);
  });
});
