import { generateLibrary } from '../../eval/generated-library';
import type { LibraryPhrase } from '../../../schemas/phrase';
import type { PackInput } from '../../../schemas/pack';

export const BENCH_PACK_ID = 'bench-10k';

/**
 * A team lead's big pack as a file: `count` generated phrases (the same generator as the Node
 * bench, so the same library) in pack file format 1. `version` differs per import, so a
 * second import is an upgrade with a real diff rather than a no-op.
 */
export function benchPackFile(seedPhrases: readonly LibraryPhrase[], count: number, version: string): string {
  const pack: PackInput = {
    format: 1,
    id: BENCH_PACK_ID,
    name: `测速话术包（${count} 条）`,
    version,
    author: '话术助手测速',
    categories: [],
    phrases: generateLibrary(seedPhrases, count).map((phrase) => ({
      id: phrase.id,
      text: phrase.text,
      category: phrase.category,
      triggers: phrase.triggers,
      ...(phrase.shortcut === undefined ? {} : { shortcut: phrase.shortcut }),
      tags: phrase.tags,
    })),
  };
  return JSON.stringify(pack);
}
