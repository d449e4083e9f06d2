import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../utils/engine/library-index';
import { searchPhrases } from '../../../utils/engine/search-phrases';
import { fixtureIndex } from './fixture-library';

const index = fixtureIndex('mini-pack');
const ids = (query: string, limit?: number): string[] => searchPhrases(index, query, limit).map((phrase) => phrase.id);

describe('searchPhrases: the popup search box', () => {
  it('puts the phrase with exactly that shortcut code first', () => {
    expect(ids('fh')[0]).toBe('shipping-001');
    expect(ids('FP')[0]).toBe('invoice-001');
    expect(ids(' th ')[0]).toBe('after-sales-002');
  });

  it('then phrases whose shortcut starts with what was typed', () => {
    // "dzfp" starts with "d"; "dz" is nobody's exact code.
    expect(ids('dz')[0]).toBe('invoice-002');
  });

  it('finds phrases by words of their text', () => {
    expect(ids('七天无理由')).toContain('after-sales-002');
    expect(ids('邮箱')).toEqual(['invoice-002']);
  });

  it('finds phrases by how buyers ask, typos included', () => {
    expect(ids('包油')).toContain('bargaining-003');
    expect(ids('改地址')[0]).toBe('shipping-003');
  });

  it('finds phrases that only resemble the query', () => {
    expect(ids('发票怎么下载')).toContain('invoice-002');
  });

  it('keeps a stable order: the same query gives the same list, in library order within a tier', () => {
    const first = ids('发票');
    expect(ids('发票')).toEqual(first);
    expect(first.slice(0, 2)).toEqual(['invoice-001', 'invoice-002']);
  });

  it('lists the library from the top for an empty query, and honours the limit', () => {
    expect(ids('', 3)).toEqual(['greeting-001', 'greeting-002', 'product-001']);
    expect(ids('亲', 2)).toHaveLength(2);
  });

  it('finds nothing in an empty library, and nothing for nonsense', () => {
    expect(searchPhrases(buildLibraryIndex({ phrases: [], categories: [] }), '发票')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });
});
