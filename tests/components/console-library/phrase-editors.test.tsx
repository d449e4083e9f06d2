// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftPhraseEditor } from '../../../components/console/library/DraftPhraseEditor';
import { InlineTextEdit } from '../../../components/console/library/InlineTextEdit';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';

// jsdom has no ResizeObserver; antd's auto-sizing text areas observe their size with one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

afterEach(cleanup);

const PHRASE: LibraryPhrase = {
  uid: 'team-shop/refund-001',
  packId: 'team-shop',
  id: 'refund-001',
  text: '亲，退款会在审核后1到3个工作日原路退回哦～',
  category: 'after-sales',
  triggers: ['退款多久到'],
  tags: [],
};

describe('editing a phrase in its table cell', () => {
  it('shows the pack format’s own message on the field and saves nothing for empty text', async () => {
    const onSave = vi.fn(async () => null);
    render(<InlineTextEdit initial="亲～" onSave={onSave} onCancel={() => {}} />);

    fireEvent.change(screen.getByTestId('inline-edit-text'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('inline-edit-save'));

    expect((await screen.findByTestId('inline-edit-error')).textContent).toContain('话术内容不能为空');
    expect(screen.getByTestId('inline-edit-text').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the library’s refusal (a locked phrase) on the field, and does not act on Ctrl+Enter while an IME composes', async () => {
    const onSave = vi.fn(async () => '这条话术已被主管锁定');
    render(<InlineTextEdit initial="亲～" onSave={onSave} onCancel={() => {}} />);
    const field = screen.getByTestId('inline-edit-text');

    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true, isComposing: true, keyCode: 229 });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(onSave).toHaveBeenCalledWith('亲～'));
    expect((await screen.findByTestId('inline-edit-error')).textContent).toBe('这条话术已被主管锁定');
  });
});

describe('a team phrase in the draft', () => {
  it('records one edit with the text, buyer wordings and shortcut, and shows a refusal on its field', async () => {
    const onChange = vi.fn(async () => ({ field: 'shortcut', message: '快捷编码只能用小写字母和数字' }));
    render(<DraftPhraseEditor phrase={PHRASE} locked={false} onChange={onChange} />);

    fireEvent.change(screen.getByTestId('draft-edit-triggers'), { target: { value: '退款多久到\n 钱什么时候退 \n' } });
    fireEvent.change(screen.getByTestId('draft-edit-shortcut'), { target: { value: 'TK!' } });
    fireEvent.click(screen.getByTestId('draft-save'));

    expect((await screen.findByTestId('draft-error-shortcut')).textContent).toContain('快捷编码只能用小写字母和数字');
    expect(onChange).toHaveBeenCalledWith({ kind: 'edit', id: 'refund-001', text: PHRASE.text, triggers: ['退款多久到', '钱什么时候退'], shortcut: 'TK!' });
    expect(screen.queryByTestId('draft-error-text')).toBeNull();
  });

  it('locks and deletes through the draft', async () => {
    const onChange = vi.fn(async () => null);
    render(<DraftPhraseEditor phrase={PHRASE} locked={false} onChange={onChange} />);

    fireEvent.click(screen.getByTestId('draft-lock'));
    fireEvent.click(screen.getByTestId('draft-delete'));

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange).toHaveBeenNthCalledWith(1, { kind: 'lock', ids: ['refund-001'], locked: true });
    expect(onChange).toHaveBeenNthCalledWith(2, { kind: 'delete', ids: ['refund-001'] });
  });

  it('marks a phrase as a holding reply (话术类型 等待回复) and back, through the draft', async () => {
    const onChange = vi.fn(async () => null);
    const { rerender } = render(<DraftPhraseEditor phrase={PHRASE} locked={false} onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: /等待回复/ });
    expect(toggle.getAttribute('aria-checked')).toBe('false');

    fireEvent.click(toggle);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ kind: 'holding', ids: ['refund-001'], holding: true }));
    rerender(<DraftPhraseEditor phrase={{ ...PHRASE, holding: true }} locked={false} onChange={onChange} />);
    expect(screen.getByRole('switch', { name: /等待回复/ }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('switch', { name: /等待回复/ }));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ kind: 'holding', ids: ['refund-001'], holding: false }));
  });

  it('sets the products the phrase answers for, among the draft pack’s products, and shows the draft’s refusal on that field', async () => {
    const onChange = vi.fn(async () => ({ field: 'products', message: '话术适用的商品 "电热水壶" 不在这个包的 products 里' }));
    render(<DraftPhraseEditor phrase={{ ...PHRASE, products: ['儿童保温杯'] }} locked={false} products={['儿童保温杯', '电热水壶']} onChange={onChange} />);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '适用商品（不选：适用于所有商品）' }));
    fireEvent.click(await screen.findByTitle('电热水壶'));
    fireEvent.click(screen.getByTestId('draft-save-products'));

    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ kind: 'scope', ids: ['refund-001'], products: ['儿童保温杯', '电热水壶'] }));
    expect((await screen.findByTestId('draft-error-products')).textContent).toContain('不在这个包的 products 里');
  });

  it('offers no product choice for a pack without products', () => {
    render(<DraftPhraseEditor phrase={PHRASE} locked={false} onChange={vi.fn(async () => null)} />);
    expect(screen.queryByTestId('draft-save-products')).toBeNull();
  });
});
