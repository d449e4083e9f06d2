import { defineLocalItem } from './local-item';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../schemas/settings';

/**
 * The one typed settings module. Everything reads and writes settings here; stored values
 * are parsed on the way out, so a hand-edited or older value can never reach the UI raw.
 */
const settingsItem = defineLocalItem<unknown>('settings', DEFAULT_SETTINGS);

function parseStored(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  return parseStored(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseStored(value)));
}
