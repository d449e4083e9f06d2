// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/sites/build-thread';
import { chooseThreadProduct, productFromMessageText, readThreadProduct, type ProductSelectors } from '../../../utils/sites/thread-product';
import { threadSchema } from '../../../utils/schemas/thread';
import { EXTENSION_UI_ATTRIBUTE } from '../../../utils/sites/extension-ui';

const SELECTORS: ProductSelectors = {
  productCard: ['.goods-card'],
  productCardTitle: ['.title'],
  orderCard: ['.order-card'],
  orderCardTitle: ['.goods-name'],
  cardSku: ['.spec'],
  productPanel: ['.panel .goods'],
  productPanelTitle: ['.name'],
  productPanelSku: ['.spec'],
};

function page(list: string, panel = ''): { list: Element } {
  document.body.innerHTML = `<ul class="list">${list}</ul><aside class="panel">${panel}</aside>`;
  return { list: document.querySelector('.list')! };
}

const CARD_A = '<li><div class="goods-card" data-goods-id="1001001"><div class="title">【热卖】儿童保温杯 316不锈钢 500ml 包邮</div><div class="price">¥89</div></div></li>';
const ORDER_B = '<li><div class="order-card"><div>订单号 2406</div><a href="https://item.jd.com/2002002.html"><span class="goods-name">登山双肩包 40L</span></a><div class="spec">规格：黑色 XL</div></div></li>';
const PANEL_A = '<div class="goods" data-goods-id="1001001"><div class="name">儿童保温杯 316不锈钢 500ml</div><div class="spec">蓝色</div></div>';
const PANEL_C = '<div class="goods" data-goods-id="3003003"><div class="name">玻璃花瓶</div></div>';

describe('which product the open conversation is about', () => {
  it('is the latest card in the thread, its title as shown, SKU from an order card’s spec line', () => {
    const { list } = page(CARD_A + '<li>在吗</li>' + ORDER_B + '<li>这个保修多久</li>');
    expect(readThreadProduct(document, list, SELECTORS)).toEqual({ title: '登山双肩包 40L', itemId: '2002002', sku: '黑色 XL' });
  });

  it('keeps a decorated, truncated title as the page shows it (recognition is fuzzy elsewhere), bounded', () => {
    const { list } = page(CARD_A);
    expect(readThreadProduct(document, list, SELECTORS)?.title).toBe('【热卖】儿童保温杯 316不锈钢 500ml 包邮');
    page(`<li><div class="goods-card"><div class="title">${'长'.repeat(250)}</div></div></li>`);
    expect(readThreadProduct(document, document.querySelector('.list'), SELECTORS)?.title).toHaveLength(100);
  });

  it('is the panel’s product when the thread shows no card, and nothing when neither names one', () => {
    const { list } = page('<li>在吗</li>', PANEL_C);
    expect(readThreadProduct(document, list, SELECTORS)).toEqual({ title: '玻璃花瓶', itemId: '3003003' });
    page('<li>在吗</li>');
    expect(readThreadProduct(document, document.querySelector('.list'), SELECTORS)).toBeNull();
  });

  it('takes the card over a panel naming another product, and completes the card from a panel naming the same one', () => {
    const { list } = page(ORDER_B, PANEL_C);
    expect(readThreadProduct(document, list, SELECTORS)?.title).toBe('登山双肩包 40L');
    page('<li><div class="goods-card"><div class="title">儿童保温杯 316不锈钢 500ml 包邮</div></div></li>', PANEL_A);
    expect(readThreadProduct(document, document.querySelector('.list'), SELECTORS)).toEqual({ title: '儿童保温杯 316不锈钢 500ml 包邮', itemId: '1001001', sku: '蓝色' });
  });

  it('ignores a panel selector matching inside the thread and cards in the extension’s own UI', () => {
    const { list } = page(`<li><div class="panel"><div class="goods"><div class="name">推荐商品</div></div></div></li><li ${EXTENSION_UI_ATTRIBUTE}><div class="goods-card"><div class="title">扩展自己的卡片</div></div></li>`);
    expect(readThreadProduct(document, list, SELECTORS)).toBeNull();
  });

  it('merges only the same product: by item id when both have one, else by one title containing the other', () => {
    expect(chooseThreadProduct({ title: '保温杯', itemId: '1' }, { title: '保温杯', itemId: '2', sku: '蓝' })).toEqual({ title: '保温杯', itemId: '1' });
    expect(chooseThreadProduct({ title: '保温杯 500ml' }, { title: '保温杯', itemId: '2' })).toEqual({ title: '保温杯 500ml', itemId: '2' });
    expect(chooseThreadProduct(null, { title: '保温杯' })).toEqual({ title: '保温杯' });
    expect(chooseThreadProduct(null, null)).toBeNull();
  });

  it('reads a card written only as text, the latest one', () => {
    expect(productFromMessageText(['[商品卡片: 保温杯]', '在吗', '[商品卡片: 花瓶] 这个呢'])).toEqual({ title: '花瓶' });
    expect(productFromMessageText(['在吗', '[商品卡片]'])).toBeNull();
  });
});

describe('the product in a built thread', () => {
  it('fits the schema: title, item id and SKU cut to their limits, a product naming nothing dropped', () => {
    const thread = buildThread({ site: 'generic', messages: [], product: { title: `  ${'杯'.repeat(400)} `, itemId: '9'.repeat(80), sku: ` 黑色\n XL ${'码'.repeat(200)}` } });
    expect(threadSchema.safeParse(thread).success).toBe(true);
    expect(thread.product?.title).toHaveLength(300);
    expect(thread.product?.itemId).toHaveLength(60);
    expect(thread.product?.sku?.startsWith('黑色 XL')).toBe(true);
    expect(buildThread({ site: 'generic', messages: [], product: { title: '  ' } }).product).toBeUndefined();
    expect(buildThread({ site: 'generic', messages: [], product: { title: '', itemId: '123' } }).product).toEqual({ title: '', itemId: '123' });
  });
});
