import { packSchema } from '../schemas/pack';
import { shippedDataOnce } from '../shipped-data/read-shipped-data';

/**
 * The pack every new library starts with (and the one 恢复默认 brings back), read from the
 * package and parsed on first use — when the worker seeds, restores or upgrades it, never when it
 * merely wakes. Checked by the same schema as any imported pack. A failed read is not kept, so
 * the next request tries again.
 */
export const loadShippedDefaultPack = shippedDataOnce('default-pack.json', (json) => packSchema.parse(json));
