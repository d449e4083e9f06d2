/**
 * A field of the 设置 form: one per setting, one per client's own shop name (`site:pinduoduo`),
 * one per client's reply window (`wait:jd-dongdong`).
 */
export type SettingsField = 'shopName' | 'agentName' | 'language' | 'suggestionCount' | 'waitSound' | `site:${string}` | `wait:${string}`;

/** Which field of the 设置 form a settings-schema issue belongs to (its path in the settings object). */
export function settingsFieldOf(path: readonly PropertyKey[]): SettingsField | null {
  const [first, second] = path;
  if (first === 'shopNamesBySite') return typeof second === 'string' ? `site:${second}` : 'shopName';
  if (first === 'waitThresholdsBySite') return typeof second === 'string' ? `wait:${second}` : 'waitSound';
  if (first === 'waitSound') return first;
  if (first === 'shopName' || first === 'agentName' || first === 'language' || first === 'suggestionCount') return first;
  return null;
}
