import { describe, expect, it } from 'vitest';
import { bigramTokens, buildPeerSearch } from '../../../../utils/dev-tools/bench/peer-search';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { defaultPack } from '../../../../utils/packs/default-pack';

describe('the peer the bench compares the engine with (MiniSearch, CJK bigrams)', () => {
  it('splits Chinese into normalised character bigrams, a single character into itself', () => {
    expect(bigramTokens('能便宜点吗？？')).toEqual(['能便', '便宜', '宜点', '点吗']);
    expect(bigramTokens('在')).toEqual(['在']);
  });

  it('finds the category of a plain question over the default pack', () => {
    const peer = buildPeerSearch(libraryFromPacks([defaultPack()]).phrases);
    expect(peer.categoriesFor('能开发票吗')[0]).toBe('invoice');
    expect(peer.categoriesFor('🙂')).toEqual([]);
  });
});
