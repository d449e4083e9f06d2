// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { itemIdFromAttribute, itemIdFromLink, itemIdOf } from '../../../utils/sites/item-id';

describe('a product’s item id as the chat page shows it', () => {
  it('reads the item number from each platform’s item links', () => {
    expect(itemIdFromLink('https://mobile.yangkeduo.com/goods.html?goods_id=512345678901&refer=chat')).toBe('512345678901');
    expect(itemIdFromLink('https://item.taobao.com/item.htm?spm=a1z10&id=680012345678')).toBe('680012345678');
    expect(itemIdFromLink('https://detail.tmall.com/item.htm?id=690098765432&skuId=5012')).toBe('690098765432');
    expect(itemIdFromLink('https://item.jd.com/100012345678.html')).toBe('100012345678');
    expect(itemIdFromLink('https://haohuo.jinritemai.com/views/product/item2?id=3601234567890')).toBe('3601234567890');
    expect(itemIdFromLink('https://app.kwaixiaodian.com/page/kwaishop-buyer-goods-detail?id=2211334455')).toBe('2211334455');
    expect(itemIdFromLink('https://shop.example.com/item/88776655.html')).toBe('88776655');
    expect(itemIdFromLink('/goods/123456', 'https://mms.pinduoduo.com/chat-merchant/')).toBe('123456');
  });

  it('takes no id from links that do not name an item: tokens, names, scripts, nothing at all', () => {
    expect(itemIdFromLink('https://example.com/chat?id=abc-token')).toBeUndefined();
    expect(itemIdFromLink('https://example.com/help.html')).toBeUndefined();
    expect(itemIdFromLink('javascript:void(0)')).toBeUndefined();
    expect(itemIdFromLink('http://[broken')).toBeUndefined();
  });

  it('accepts from data attributes only ids a pack could name', () => {
    expect(itemIdFromAttribute(' 2200887766 ')).toBe('2200887766');
    expect(itemIdFromAttribute('SKU_abc-12')).toBe('SKU_abc-12');
    expect(itemIdFromAttribute('12 34')).toBeUndefined();
    expect(itemIdFromAttribute('')).toBeUndefined();
    expect(itemIdFromAttribute(null)).toBeUndefined();
  });

  it('finds the id on the card, inside it, or in a link around it', () => {
    document.body.innerHTML = `
      <div id="attr" data-goods-id="111122223333"><a href="https://item.jd.com/999988887777.html">x</a></div>
      <div id="inner"><span data-item-id="444455556666"></span></div>
      <div id="link"><a href="https://item.taobao.com/item.htm?id=777788889999"><img alt=""></a></div>
      <a href="https://item.jd.com/100012345678.html"><div id="around">卡片</div></a>
      <div id="none"><a href="https://example.com/help">帮助</a></div>`;
    const id = (selector: string) => itemIdOf(document.querySelector(selector)!);
    expect(id('#attr')).toBe('111122223333');
    expect(id('#inner')).toBe('444455556666');
    expect(id('#link')).toBe('777788889999');
    expect(id('#around')).toBe('100012345678');
    expect(id('#none')).toBeUndefined();
  });
});
