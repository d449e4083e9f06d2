import { describe, expect, it } from 'vitest';
import { threadSchema } from '../../../utils/schemas/thread';
import { buildThread } from '../../../utils/sites/build-thread';
import { classifyThreadChange } from '../../../utils/thread/thread-change';

describe('turning what a page shows into a thread', () => {
  it('keeps a long conversation within the schema, latest messages first to stay', () => {
    const messages = Array.from({ length: 450 }, (_, i) => ({ role: 'buyer' as const, text: `第${i}条`, id: `m${i}` }));
    const thread = buildThread({ site: 'generic', messages });
    expect(thread.messages).toHaveLength(400);
    expect(thread.messages.at(-1)?.text).toBe('第449条');
    expect(threadSchema.safeParse(thread).success).toBe(true);
  });

  it('cuts an endless message and a long id instead of failing the whole thread', () => {
    const thread = buildThread({ site: 'x'.repeat(60), conversationId: 'c'.repeat(300), messages: [{ role: 'buyer', text: '啊'.repeat(6000), id: 'i'.repeat(300) }] });
    expect(threadSchema.safeParse(thread).success).toBe(true);
    expect(thread.messages[0]?.text).toHaveLength(5000);
  });

  it('drops empty bubbles, collapses layout whitespace and keeps a repeated message id once', () => {
    const thread = buildThread({
      site: 'generic',
      messages: [
        { role: 'buyer', text: '  在吗\n   亲  ', id: '1' },
        { role: 'buyer', text: '   ', id: '2' },
        { role: 'buyer', text: '在吗 亲', id: '1' },
        { role: 'agent', text: '在的' },
        { role: 'agent', text: '在的' },
      ],
    });
    expect(thread.messages).toEqual([
      { role: 'buyer', text: '在吗 亲', id: '1' },
      { role: 'agent', text: '在的' },
      { role: 'agent', text: '在的' },
    ]);
  });
});

describe('telling what kind of change a thread went through', () => {
  const base = buildThread({ site: 'generic', messages: [{ role: 'buyer', text: '在吗', id: '1' }] });

  it('without conversation ids, a thread with nothing in common is another conversation', () => {
    const other = buildThread({ site: 'generic', messages: [{ role: 'buyer', text: '发货了吗', id: '9' }] });
    expect(classifyThreadChange(base, other)).toBe('conversation-switched');
  });

  it('the same conversation about another product is a product change, whatever else changed with it', () => {
    const about = (title: string, itemId?: string) => buildThread({ site: 'generic', conversationId: 'c1', messages: [{ role: 'buyer', text: '在吗', id: '1' }], product: { title, itemId } });
    expect(classifyThreadChange(about('保温杯', '1'), about('花瓶', '2'))).toBe('product-changed');
    expect(classifyThreadChange(about('保温杯', '1'), about('保温杯', '3'))).toBe('product-changed');
    const withCard = buildThread({ site: 'generic', conversationId: 'c1', messages: [{ role: 'buyer', text: '在吗', id: '1' }, { role: 'buyer', text: '[商品卡片: 花瓶]', id: '2' }], product: { title: '花瓶' } });
    expect(classifyThreadChange(about('保温杯'), withCard)).toBe('product-changed');
    const otherBuyer = buildThread({ site: 'generic', conversationId: 'c2', messages: [{ role: 'buyer', text: '在吗', id: '1' }], product: { title: '花瓶' } });
    expect(classifyThreadChange(about('保温杯'), otherBuyer)).toBe('conversation-switched');
    const noProduct = buildThread({ site: 'generic', conversationId: 'c1', messages: [{ role: 'buyer', text: '在吗', id: '1' }] });
    expect(classifyThreadChange(about('保温杯'), noProduct)).toBe('product-changed');
  });

  it('a thread that disappears is cleared', () => {
    expect(classifyThreadChange(base, null)).toBe('cleared');
  });
});
