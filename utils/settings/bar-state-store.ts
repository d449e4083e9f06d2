import { defineLocalItem } from './local-item';
import { DEFAULT_BAR_STATE, barSiteSchema, barStateSchema, type BarState } from '../schemas/bar-state';

/**
 * The in-page bar's state per seller client (collapsed, position), in storage.local next to the
 * settings. One record keyed by host name; each entry is parsed on the way out, so one damaged
 * entry falls back to the default without losing the other sites'.
 */
const barStatesItem = defineLocalItem<Record<string, unknown>>('pageBarStates', {});

function parseEntry(value: unknown): BarState {
  const parsed = barStateSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_BAR_STATE;
}

async function readAll(): Promise<Record<string, unknown>> {
  const stored: unknown = await barStatesItem.getValue();
  return stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}

export async function loadBarState(site: string): Promise<BarState> {
  const key = barSiteSchema.parse(site);
  return parseEntry((await readAll())[key]);
}

export async function saveBarState(site: string, patch: Partial<BarState>): Promise<BarState> {
  const key = barSiteSchema.parse(site);
  const all = await readAll();
  const next = barStateSchema.parse({ ...parseEntry(all[key]), ...patch });
  await barStatesItem.setValue({ ...all, [key]: next });
  return next;
}
