import { defineLocalItem } from './local-item';
import { oneAtATime } from './one-at-a-time';
import { responseDaySchema, type ResponseDay } from '../schemas/waiting-queue';

/**
 * The agent's own response figures per client and local day (counts and first-reply waits in ms;
 * client ids, no buyer, no text) in `storage.local`, kept for a month by utils/waiting-queue/.
 */
const daysItem = defineLocalItem<unknown>('responseDays', []);
const serially = oneAtATime();

/** Parsed on the way out: a damaged day is dropped, the others kept. */
export async function loadResponseDays(): Promise<ResponseDay[]> {
  const stored = await daysItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((row: unknown) => {
    const parsed = responseDaySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Changes the stored figures with `change`, one change at a time across the whole worker. */
export function updateResponseDays(change: (days: ResponseDay[]) => ResponseDay[]): Promise<ResponseDay[]> {
  return serially(async () => {
    const next = change(await loadResponseDays());
    await daysItem.setValue(next);
    return next;
  });
}
