import { packSchema, type Pack } from '../schemas/pack';
import defaultPackJson from '../../phrases/default-pack.json';

export const DEFAULT_PACK_ID = 'default-zh';

/**
 * The pack every new library starts with (and the one "restore default pack" brings back).
 * The JSON is data edited by hand, so it goes through the same schema as any imported pack:
 * a typo in it fails loudly at load time instead of shipping a broken phrase.
 */
export const DEFAULT_PACK: Pack = packSchema.parse(defaultPackJson);
