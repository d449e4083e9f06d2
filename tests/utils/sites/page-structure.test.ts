import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADAPTERS } from '../../../utils/sites/adapter-registry';
import { maskDigits, pageStructureOf, safeToken, structureOf } from '../../../utils/sites/page-structure';
import { pageStructureExportSchema } from '../../../utils/schemas/page-health';
import type { SiteAdapter } from '../../../utils/sites/site-adapter';
import { openPage, openSiteFixture, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { QIANNU_CHAT_FRAME, SITE_FIXTURES, type SiteFixtureId } from '../../fixtures/sites/site-fixtures';
import { PAGE_VARIANTS, PINDUODUO_UNREADABLE, siteVariant, UNREADABLE_PLANTED, VARIANT_BASES } from '../../fixtures/sites/variants/site-variants';

/**
 * 导出页面结构 on every fixture and variant, with a buyer's details planted where a careless export
 * would pick them up: in text, in ids, in classes, and in attributes both allow-listed
 * (data-qa-id, data-testid) and not (title, aria-label, placeholder, data-*). The export must
 * keep none of them, nor any of the page's text.
 */

const BUYER_NAME = '张秀英';
const PHONE = '13912345678';
const ORDER_ID = '250918-456789123';
const ORDER_DIGITS = '250918456789123';
const PLANTED = [BUYER_NAME, PHONE, ORDER_ID, ORDER_DIGITS, '456789123'];

/** Plants the buyer's details into the chat area (the list, its rows, the reply box) and the body. */
function plantBuyerDetails(doc: Document, adapter: SiteAdapter): void {
  const targets = [adapter.findMessageList(doc), adapter.findInput(doc), doc.body].filter((element): element is Element => element !== null);
  for (const target of targets) {
    target.classList.add(`vip-${BUYER_NAME}`, `tel-${PHONE}`);
    target.setAttribute('data-buyer', `${BUYER_NAME} ${PHONE}`);
    target.setAttribute('title', `${BUYER_NAME} ${ORDER_ID}`);
    target.setAttribute('aria-label', BUYER_NAME);
    const row = doc.createElement('div');
    row.id = `order-${ORDER_DIGITS}`;
    row.className = `row-${BUYER_NAME} o-${ORDER_DIGITS}`;
    row.setAttribute('data-qa-id', `buyer-${BUYER_NAME}`);
    row.setAttribute('data-testid', `phone-${PHONE}`);
    row.setAttribute('placeholder', PHONE);
    row.textContent = `买家${BUYER_NAME}，手机${PHONE}，订单${ORDER_ID}`;
    (target === doc.body ? target : (target.parentElement ?? target)).append(row);
  }
  const named = doc.createElement('span');
  named.id = `${BUYER_NAME}-${PHONE}`;
  named.textContent = BUYER_NAME;
  doc.body.append(named);
}

/** Every piece of text on the page worth searching for (blank and one-character pieces say nothing). */
function pageTexts(doc: Document): string[] {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts = new Set<string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style') continue;
    const text = (node.textContent ?? '').trim();
    if (text.length >= 2) texts.add(text);
  }
  return [...texts];
}

function adapterOf(client: SiteFixtureId): SiteAdapter {
  const adapter = CLIENT_ADAPTERS.find((candidate) => candidate.id === client);
  if (!adapter) throw new Error(client);
  return adapter;
}

const PAGES: { name: string; client: SiteFixtureId; fixture: { file: string; url: string } }[] = [
  ...(Object.keys(SITE_FIXTURES) as SiteFixtureId[]).map((client) => ({ name: SITE_FIXTURES[client].file, client, fixture: SITE_FIXTURES[client] })),
  { name: QIANNU_CHAT_FRAME.file, client: 'qianniu', fixture: QIANNU_CHAT_FRAME },
  ...(Object.keys(VARIANT_BASES) as SiteFixtureId[]).flatMap((client) =>
    PAGE_VARIANTS.map((variant) => ({ name: siteVariant(client, variant).file, client, fixture: siteVariant(client, variant) })),
  ),
  { name: PINDUODUO_UNREADABLE.file, client: 'pinduoduo', fixture: PINDUODUO_UNREADABLE },
];

let page: OpenedSiteFixture | undefined;
afterEach(() => page?.close());

describe('the structure export holds no buyer detail and no page text', () => {
  it.each(PAGES)('$name', ({ client, fixture }) => {
    page = openSiteFixture(fixture);
    const doc = page.document;
    const adapter = adapterOf(client);
    plantBuyerDetails(doc, adapter);
    const texts = pageTexts(doc);
    const structure = pageStructureOf(doc, adapter);
    const json = JSON.stringify(structure);

    for (const planted of [...PLANTED, ...UNREADABLE_PLANTED]) expect(json).not.toContain(planted);
    for (const text of texts) expect(json, `page text "${text}"`).not.toContain(JSON.stringify(text).slice(1, -1));
    // Nothing outside ASCII at all: no Chinese name can hide in what is left.
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).not.toMatch(/\d{5}/);
    // It is the file format the popup saves.
    expect(() =>
      pageStructureExportSchema.parse({ format: 1, client, version: '1.0.0', exportedAt: new Date(0).toISOString(), failed: [], ...structure }),
    ).not.toThrow();
  });
});

describe('what the export keeps', () => {
  it('the chat area when the adapter finds list and reply box: their nearest common ancestor', () => {
    page = openSiteFixture(SITE_FIXTURES.pinduoduo);
    const structure = pageStructureOf(page.document, adapterOf('pinduoduo'));
    expect(structure.root).toBe('chat-area');
    expect(structure.tree).toMatchObject({ tag: 'main', classes: ['chat-box'] });
  });

  it('the whole body when the adapter finds nothing, with the anchors a maintainer needs to write new selectors', () => {
    page = openSiteFixture(PINDUODUO_UNREADABLE);
    const structure = pageStructureOf(page.document, adapterOf('pinduoduo'));
    expect(structure.root).toBe('body');
    const json = JSON.stringify(structure);
    expect(json).toContain('"id":"chatScroller"');
    expect(json).toContain('"id":"composerInput"');
    expect(json).toContain('"classes":["bubble-row"]');
    expect(json).toContain('"id":"row-order-#####"'); // the planted order id masked, the anchor's shape kept
  });

  it('tag names, ASCII classes and ids, attribute names; values only for allow-listed anchors, digits masked', () => {
    page = openPage(
      '<body><div id="msg-1234567" class="row 买家 r-99999 ok" data-qa-id="qa-message-warpper" data-testid="订单" role="log" title="王小明" style="color:red" data-uid="77300188">hi</div></body>',
      'https://mms.pinduoduo.com/chat-merchant/index.html',
      false,
    );
    const { tree } = structureOf(page.document.body);
    expect(tree.children?.[0]).toEqual({
      tag: 'div',
      id: 'msg-#####',
      classes: ['row', 'r-#####', 'ok'],
      attributes: { 'data-qa-id': 'qa-message-warpper', 'data-testid': null, role: 'log', title: null, style: null, 'data-uid': null },
    });
  });

  it('stops at the caps and says how much it left out', () => {
    page = openPage(`<body><ul>${'<li><b></b></li>'.repeat(50)}</ul></body>`, 'https://mms.pinduoduo.com/chat-merchant/index.html', false);
    const capped = structureOf(page.document.body, 20, 40);
    expect(capped.nodes).toBe(20);
    expect(capped.truncated).toBe(true);
    const shallow = structureOf(page.document.body, 4000, 1);
    expect(shallow.tree.children?.[0]).toEqual({ tag: 'ul', omitted: 50 });
  });

  it('masks runs of 5 or more digits, keeps shorter ones, and drops non-ASCII tokens', () => {
    expect(maskDigits('a-13812345678-b-1234-c-12345')).toBe('a-#####-b-1234-c-#####');
    expect(safeToken('买家')).toBeNull();
    expect(safeToken('vip-王')).toBeNull();
    expect(safeToken('msg-list')).toBe('msg-list');
  });
});
