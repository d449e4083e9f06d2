import { version } from '../../phrases/default-pack.json';

export const DEFAULT_PACK_ID = 'default-zh';

/**
 * The default pack's version, without the pack: a waking worker checks it on its first request
 * (is the installed default pack older?). Only this field of the JSON is imported, so the build
 * keeps the rest of the file out of the worker's script (the pack itself is read from the
 * package when it is installed: utils/library/shipped-default-pack.ts).
 */
export const DEFAULT_PACK_VERSION: string = version;
