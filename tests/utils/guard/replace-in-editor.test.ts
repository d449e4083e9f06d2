// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceInEditor, selectDraftRange, textRangeIn } from '../../../utils/guard/replace-in-editor';

/**
 * Text boxes and range mapping only: jsdom has no real editing, so rich-text insertion itself
 * counts only in Chromium (the editor chain's own browser test, and tests/e2e/send-guard.test.ts).
 */
describe('replacing a stretch of the draft in the reply box', () => {
  it('in a textarea: selects the stretch and types over it, announcing it like typing', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    box.value = '好的，加我微信聊，谢谢';
    const heard: string[] = [];
    box.addEventListener('input', () => heard.push(box.value));

    const result = await replaceInEditor(box, { start: 3, end: 8, text: '在这里说就好' });

    expect(result.ok).toBe(true);
    expect(box.value).toBe('好的，在这里说就好，谢谢');
    expect(heard).toEqual(['好的，在这里说就好，谢谢']);
    expect(document.activeElement).toBe(box);
  });

  it('refuses a stretch past the end of the draft (the agent deleted text meanwhile)', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    box.value = '好的';
    expect(selectDraftRange(box, 3, 8)).toBe(false);
    expect((await replaceInEditor(box, { start: 3, end: 8, text: 'x' })).ok).toBe(false);
    expect(box.value).toBe('好的');
  });

  it('in a rich editor: finds the stretch across the editor’s nodes, counted as its text reads', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>好的，<b>加我</b>微信聊</p><p>谢谢</p></div>';
    const host = document.querySelector<HTMLElement>('[contenteditable]')!;

    const range = textRangeIn(host, 3, 7);

    expect(range?.toString()).toBe('加我微信');
    expect(textRangeIn(host, 8, 10)?.toString()).toBe('谢谢');
    expect(textRangeIn(host, 8, 20)).toBeNull();
    expect(selectDraftRange(host, 3, 7)).toBe(true);
    expect(document.getSelection()?.toString()).toBe('加我微信');
  });
});
