import { mirroredSiteOverrideSchema, type MirroredSiteOverride } from '../schemas/site-override';
import { defineLocalItem } from './local-item';

/**
 * The installed packs' selector overrides, mirrored from the library (IndexedDB, which a chat
 * page's content script cannot read) into storage.local whenever the library changes
 * (utils/library/mirror-site-overrides.ts). Each entry is parsed on the way out, so one damaged
 * entry is dropped without losing the others.
 */
const siteOverridesItem = defineLocalItem<unknown[]>('siteOverrides', []);

export async function loadMirroredSiteOverrides(): Promise<MirroredSiteOverride[]> {
  const stored: unknown = await siteOverridesItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = mirroredSiteOverrideSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Writes the mirror, only when it differs from what is stored: most library writes (an agent's
 * phrase, a flag, a use) change no pack, and each write would wake every storage listener.
 */
export async function saveMirroredSiteOverrides(overrides: readonly MirroredSiteOverride[]): Promise<void> {
  const next = overrides.map((entry) => mirroredSiteOverrideSchema.parse(entry));
  if (JSON.stringify(await siteOverridesItem.getValue()) === JSON.stringify(next)) return;
  await siteOverridesItem.setValue(next);
}

export function watchMirroredSiteOverrides(onChange: (overrides: MirroredSiteOverride[]) => void): () => void {
  return siteOverridesItem.watch(() => void loadMirroredSiteOverrides().then(onChange));
}
