import type { Pack } from '../schemas/pack';
import { phraseUid, type LibraryPhrase } from '../schemas/phrase';
import { productUid, type LibraryProduct } from '../schemas/product';
import type { LibraryInput } from './library-index';

/** The library a set of parsed packs makes, as the background builds it from the database. */
export function libraryFromPacks(packs: readonly Pack[]): LibraryInput {
  const phrases: LibraryPhrase[] = packs.flatMap((pack) =>
    pack.phrases.map((phrase) => ({ ...phrase, uid: phraseUid(pack.id, phrase.id), packId: pack.id })),
  );
  const products: LibraryProduct[] = packs.flatMap((pack) =>
    pack.products.map((product) => ({ ...product, uid: productUid(pack.id, product.name), packId: pack.id })),
  );
  return { phrases, categories: packs.flatMap((pack) => pack.categories), products };
}
