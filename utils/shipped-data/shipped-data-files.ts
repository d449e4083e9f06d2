/**
 * The data files the extension ships beside its scripts rather than inside them: the default pack
 * and the corpora the worker trains its models on. Each is a file of `phrases/`, copied minified to
 * `data/` in the package by the build (wxt.config.ts). A worker that wakes to answer a buyer's
 * message needs none of them — it reads its stored index — so keeping 1.5 MB of data out of
 * background.js spares every cold start parsing it (README, *sw_cold*). The worker fetches a file
 * when it seeds or upgrades the default pack, builds an index or trains the wording models.
 */
export const SHIPPED_DATA_FILES = ['default-pack.json', 'buyer-corpus.json', 'tone-corpus.json', 'risk-corpus.json'] as const;

export type ShippedDataFile = (typeof SHIPPED_DATA_FILES)[number];

/** The package's folder the files are copied to. */
export const SHIPPED_DATA_DIR = 'data';

/** A file's path in the package, as `runtime.getURL` takes it. */
export function shippedDataPath(file: ShippedDataFile): `/${typeof SHIPPED_DATA_DIR}/${ShippedDataFile}` {
  return `/${SHIPPED_DATA_DIR}/${file}`;
}
