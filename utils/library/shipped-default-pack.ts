import { packSchema, type Pack } from '../schemas/pack';
import { readShippedData } from '../shipped-data/read-shipped-data';

let loaded: Promise<Pack> | undefined;

/**
 * The pack every new library starts with (and the one 恢复默认 brings back), read from the
 * package and parsed on first use — when the worker seeds, restores or upgrades it, never when it
 * merely wakes. Checked by the same schema as any imported pack. A failed read is not kept, so
 * the next request tries again.
 */
export function loadShippedDefaultPack(): Promise<Pack> {
  loaded ??= readShippedData('default-pack.json')
    .then((json) => packSchema.parse(json))
    .catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
  return loaded;
}
