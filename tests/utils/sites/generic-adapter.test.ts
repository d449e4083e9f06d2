// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../utils/sites/generic-adapter';
import { EXTENSION_UI_ATTRIBUTE } from '../../../utils/sites/extension-ui';
import { loadFixturePage } from '../../fixtures/pages/load-fixture-page';

function setBody(html: string): void {
  document.body.innerHTML = html;
}

describe('the generic adapter on a seller chat it has never seen (generic-chat.html)', () => {
  beforeEach(() => {
    loadFixturePage('generic-chat.html');
  });

  it('names the conversation’s product from the latest card in the list (never from a side panel)', () => {
    expect(genericAdapter.readThread(document)?.product).toEqual({ title: '法式碎花连衣裙 夏季新款' });
  });

  it('reads who said what, earliest first, with pictures and product cards in words', () => {
    const thread = genericAdapter.readThread(document);
    expect(thread?.messages).toEqual([
      { role: 'system', text: '买家通过商品详情页进入会话', id: 's1' },
      { role: 'buyer', text: '在吗？这件有S码吗', id: '1001' },
      { role: 'agent', text: '亲，在的～S码有货的，您平时穿多大码呀', id: '1002' },
      { role: 'buyer', text: '[图片]', id: '1003' },
      { role: 'buyer', text: '[商品卡片: 法式碎花连衣裙 夏季新款]', id: '1004' },
      { role: 'buyer', text: '这个颜色显黑吗[捂脸]', id: '1005' },
    ]);
  });

  it('keeps a message the page repeats once, and leaves out nicknames, times and read marks', () => {
    const texts = genericAdapter.readThread(document)?.messages.map((message) => message.text) ?? [];
    expect(texts.filter((text) => text.startsWith('这个颜色显黑吗'))).toHaveLength(1);
    expect(texts.join(' ')).not.toMatch(/客服小美|10:0\d|已读|2024-05-18/);
  });

  it('names the buyer from the chat header', () => {
    const thread = genericAdapter.readThread(document);
    expect(thread?.buyer).toEqual({ id: 'buyer-1024', nickname: '阿狸的小铺子' });
    expect(thread?.site).toBe('generic');
    expect(genericAdapter.findMessageList(document)?.id).toBe('chatMsgList');
  });

  it('takes the page’s only reply textarea before the agent clicked anywhere, never the search field', () => {
    expect(genericAdapter.findInput(document)).toBe(document.querySelector('textarea.reply-editor'));
  });

  it('takes the reply box the agent is in when the page has several', () => {
    const second = document.createElement('div');
    second.setAttribute('contenteditable', 'true');
    second.className = 'note-editor';
    document.body.append(second);
    second.focus();
    expect(genericAdapter.findInput(document)).toBe(second);
  });

  it('finds the 发送 button (only to know it; nothing ever clicks it)', () => {
    expect(genericAdapter.findSendButton(document)).toBe(document.querySelector('.reply-send'));
  });
});

describe('the generic adapter declines when it cannot tell', () => {
  it('returns no thread when the rows do not say who is speaking', () => {
    setBody(`
      <div class="message-list">
        <div class="message" data-id="1">在吗</div>
        <div class="message" data-id="2">在的亲</div>
        <div class="message" data-id="3">能便宜点吗</div>
      </div>`);
    expect(genericAdapter.readThread(document)).toBeNull();
  });

  it('returns no thread when too many rows are unclear, rather than a thread with holes', () => {
    setBody(`
      <ul class="msg-list">
        <li class="msg msg-left">在吗</li>
        <li class="msg">在的亲</li>
        <li class="msg">请问发什么快递</li>
      </ul>`);
    expect(genericAdapter.readThread(document)).toBeNull();
  });

  it('returns no thread on a page without a chat', () => {
    setBody('<article><h1>店铺公告</h1><p>端午节正常发货。</p></article><textarea></textarea>');
    expect(genericAdapter.readThread(document)).toBeNull();
    expect(genericAdapter.findMessageList(document)).toBeNull();
  });

  it('does not pick a reply box when several unlabelled ones compete and none is focused', () => {
    setBody('<textarea></textarea><textarea></textarea>');
    expect(genericAdapter.findInput(document)).toBeNull();
  });

  it('never takes our own panel’s search box for the chat’s reply box', () => {
    setBody(`<div ${EXTENSION_UI_ATTRIBUTE}><textarea class="our-search"></textarea></div>`);
    document.querySelector<HTMLTextAreaElement>('.our-search')?.focus();
    expect(genericAdapter.findInput(document)).toBeNull();
  });
});

describe('the generic adapter reads the side names real clients use', () => {
  it.each([
    ['拼多多', '<ul class="msg-list"><li class="onemsg"><div class="buyer-item"><p class="msg-content-box">在吗</p></div></li><li class="onemsg"><div class="cs-item"><p class="msg-content-box">在的</p></div></li></ul>'],
    ['飞鸽', '<div class="messageList"><div data-qa-id="qa-message-warpper"><div class="messageNotMe"><pre>在吗</pre></div></div><div data-qa-id="qa-message-warpper"><div class="messageIsMe"><pre>在的</pre></div></div></div>'],
    ['快手', '<div class="ChatMessageList"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper__notMe">在吗</div><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper__isMine">在的</div></div>'],
    ['京东 咚咚', '<div id="t-chat-scroll"><div class="message"><div class="message_left"><pre class="message__text">在吗</pre></div></div><div class="message"><div class="message_right"><pre class="message__text">在的</pre></div></div></div>'],
  ])('%s', (_client, html) => {
    setBody(html);
    expect(genericAdapter.readThread(document)?.messages.map(({ role, text }) => [role, text])).toEqual([
      ['buyer', '在吗'],
      ['agent', '在的'],
    ]);
  });
});
