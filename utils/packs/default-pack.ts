import { packSchema, type Pack } from '../schemas/pack';
import defaultPackJson from '../../phrases/default-pack.json';

let parsed: Pack | undefined;

/**
 * The default pack as Node reads it (the CLIs, the benchmarks, the tests), bundled with the
 * module. The extension reads the same file from its package instead
 * (utils/library/shipped-default-pack.ts) and never imports this one: a test holds the worker's
 * script free of it. The JSON is data edited by hand, so it goes through the same schema as any
 * imported pack: a typo in it fails loudly instead of shipping a broken phrase.
 */
export function defaultPack(): Pack {
  parsed ??= packSchema.parse(defaultPackJson);
  return parsed;
}
