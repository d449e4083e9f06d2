import { describe, expect, it } from 'vitest';
import { overrideFromForm, overridePack, selectorLines } from '../../../utils/console-sections/override-form';
import { packSchema } from '../../../utils/schemas/pack';

describe('the console’s override form', () => {
  it('takes selectors one per line, blank lines left out', () => {
    expect(selectorLines(' .a \n\n  .b\r\n')).toEqual(['.a', '.b']);
  });

  it('builds the override for this extension’s adapter version, keeping the client’s other lists in the draft', () => {
    const existing = { client: 'feige', adapterVersion: 1, lists: { input: ['textarea.reply'] } };
    expect(overrideFromForm({ client: 'feige', list: 'message', selectorsText: '.msgRow\n.row' }, existing)).toEqual({
      ok: true,
      override: { client: 'feige', adapterVersion: 1, lists: { input: ['textarea.reply'], message: ['.msgRow', '.row'] } },
    });
    // Another client's override in the draft is not mixed in.
    expect(overrideFromForm({ client: 'kuaishou', list: 'message', selectorsText: '.x' }, existing)).toMatchObject({ ok: true, override: { lists: { message: ['.x'] } } });
  });

  it('places a problem on its field with the schema’s own words', () => {
    expect(overrideFromForm({ client: 'feige', list: 'message', selectorsText: '  \n' }, undefined)).toMatchObject({ ok: false, field: 'selectors', message: expect.stringMatching(/不能为空/) });
    expect(overrideFromForm({ client: 'feige', list: 'message', selectorsText: '.a[' }, undefined)).toMatchObject({ ok: false, field: 'selectors', message: expect.stringMatching(/不是有效的 CSS 选择器/) });
    expect(overrideFromForm({ client: 'feige', list: 'nope', selectorsText: '.a' }, undefined)).toMatchObject({ ok: false, field: 'list' });
    expect(overrideFromForm({ client: 'taobao', list: 'message', selectorsText: '.a' }, undefined)).toMatchObject({ ok: false, field: 'client' });
  });

  it('导出为话术包: a format-4 pack carrying it alone, which the pack format accepts', () => {
    const override = { client: 'feige', adapterVersion: 1, lists: { message: ['.msgRow'] } };
    const pack = overridePack(override, new Date(2026, 11, 6));
    expect(packSchema.parse(pack)).toMatchObject({ format: 4, id: 'site-override-feige', version: '2026.12.6', phrases: [], siteOverrides: [override] });
  });
});
