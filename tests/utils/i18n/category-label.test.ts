import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../../utils/i18n/category-label';

describe('category labels an agent reads', () => {
  it('names built-in categories in the UI language', () => {
    expect(categoryLabel('after-sales', [], 'zh-CN')).toBe('售后');
    expect(categoryLabel('after-sales', [], 'en')).toBe('After-sales');
  });

  it("prefers the library's own label, and shows a pack's Chinese-only category in Chinese", () => {
    const categories = [{ id: 'membership', labels: { 'zh-CN': '会员权益' } }];
    expect(categoryLabel('membership', categories, 'en')).toBe('会员权益');
  });

  it('falls back to the id rather than rendering nothing', () => {
    expect(categoryLabel('unknown-thing', [], 'zh-CN')).toBe('unknown-thing');
  });
});
