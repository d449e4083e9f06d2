import { packSchema, type Pack } from '../schemas/pack';
import defaultPackJson from '../../phrases/default-pack.json';

export const DEFAULT_PACK_ID = 'default-zh';

/**
 * The default pack's version, read without parsing the pack: a waking worker checks it on its
 * first request (is the installed default pack older?) and should not pay for the whole parse.
 */
export const DEFAULT_PACK_VERSION: string = defaultPackJson.version;

let parsed: Pack | undefined;

/**
 * The pack every new library starts with (and the one "restore default pack" brings back).
 * The JSON is data edited by hand, so it goes through the same schema as any imported pack:
 * a typo in it fails loudly instead of shipping a broken phrase (its tests parse it on every
 * run). Parsed on first use, not when the worker starts: the parse of 1,100 phrases costs a
 * cold worker some 30 ms it only needs when it seeds, restores or upgrades the pack.
 */
export function defaultPack(): Pack {
  parsed ??= packSchema.parse(defaultPackJson);
  return parsed;
}
