import { describe, expect, it } from 'vitest';
import { firstErrorPerField } from '../../../utils/console-sections/field-errors';
import { settingsFieldOf } from '../../../utils/console-sections/settings-fields';
import { settingsSchema } from '../../../utils/schemas/settings';

describe('schema errors placed on the form’s fields', () => {
  it('puts each settings issue on its field, the first per field, with the schema’s bilingual rule', () => {
    const checked = settingsSchema.safeParse({ shopName: 'x'.repeat(61), shopNamesBySite: { pinduoduo: 'y'.repeat(61) }, suggestionCount: 11 });
    expect(checked.success).toBe(false);
    const errors = firstErrorPerField(checked.error?.issues ?? [], settingsFieldOf, 'shopName');
    expect(Object.keys(errors).sort()).toEqual(['shopName', 'site:pinduoduo', 'suggestionCount']);
    expect(errors['site:pinduoduo']).toMatch(/^店铺名最多 60 个字，例如 .+ \/ a shop name has at most 60 characters/);
    expect(errors.suggestionCount).toContain('1 到 10');
  });

  it('never drops an issue no field owns: it goes to the fallback field', () => {
    const errors = firstErrorPerField([{ path: ['somewhere'], message: '说明 / explanation' }], () => null, 'name');
    expect(errors).toEqual({ name: '说明 / explanation' });
  });
});
