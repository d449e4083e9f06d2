import { describe, expect, it } from 'vitest';
import { consoleEn } from '../../../utils/i18n/messages/console-en';
import { consoleZhCN } from '../../../utils/i18n/messages/console-zh-CN';
import { en } from '../../../utils/i18n/messages/en';
import { zhCN } from '../../../utils/i18n/messages/zh-CN';
import { MESSAGES, parameterNames, t } from '../../../utils/i18n/translate';

describe('UI text in both languages', () => {
  it('has every Chinese message in English too, and nothing English-only', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('never shows an agent a blank label', () => {
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('asks for the same {parameters} in both languages, so no value goes missing after switching', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(parameterNames(en[key]), key).toEqual(parameterNames(zhCN[key]));
    }
  });

  it('holds the console’s table to the same rules, and shares no key with the table every page loads', () => {
    expect(Object.keys(consoleEn).sort()).toEqual(Object.keys(consoleZhCN).sort());
    for (const key of Object.keys(consoleZhCN) as (keyof typeof consoleZhCN)[]) {
      expect(consoleZhCN[key].trim(), key).not.toBe('');
      expect(consoleEn[key].trim(), key).not.toBe('');
      expect(parameterNames(consoleEn[key]), key).toEqual(parameterNames(consoleZhCN[key]));
      expect(key in zhCN, key).toBe(false);
    }
  });
});

describe('the console’s words', () => {
  it('are read by t() once the console has added them', async () => {
    await import('../../../utils/i18n/console-messages');
    expect(t('zh-CN', 'console.library.tree.label')).toBe(consoleZhCN['console.library.tree.label']);
    expect(t('en', 'console.library.tree.label')).toBe(consoleEn['console.library.tree.label']);
  });
});

describe('t()', () => {
  it('speaks the chosen language', () => {
    expect(t('zh-CN', 'suggestions.insert')).toBe('插入');
    expect(t('en', 'suggestions.insert')).toBe('Insert');
  });

  it('fills {name} parameters, numbers included', () => {
    expect(t('zh-CN', 'demo.waitingBadge', { count: 3 })).toBe('3 条待回复');
    expect(t('en', 'search.noResults', { query: '包邮' })).toBe('No phrase found for “包邮”');
  });

  it('shows a value containing braces as written, without filling it again', () => {
    // A buyer's message or a phrase like 欢迎光临{店铺名} must reach the screen unchanged.
    expect(t('zh-CN', 'popup.answering', { text: '欢迎光临{店铺名}' })).toBe('回复买家：欢迎光临{店铺名}');
  });

  it('refuses, at compile time, a call that forgets a parameter or passes one to a plain message', () => {
    // @ts-expect-error: 'demo.waitingBadge' needs { count }
    t('zh-CN', 'demo.waitingBadge');
    // @ts-expect-error: 'suggestions.insert' has no parameters
    t('zh-CN', 'suggestions.insert', { n: 1 });
  });
});
