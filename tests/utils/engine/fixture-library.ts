import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLibraryIndex, type LibraryIndex } from '../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../utils/engine/library-from-packs';
import { packSchema, type Pack } from '../../../utils/schemas/pack';
import type { ThreadMessage, Thread } from '../../../utils/schemas/thread';

/** Committed packs under tests/fixtures/engine, parsed like any imported pack. */
export function fixturePack(name: 'mini-pack' | 'wholesale-pack'): Pack {
  const file = fileURLToPath(new URL(`../../fixtures/engine/${name}.json`, import.meta.url));
  return packSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function fixtureIndex(...names: ('mini-pack' | 'wholesale-pack')[]): LibraryIndex {
  return buildLibraryIndex(libraryFromPacks(names.map(fixturePack)));
}

/** A thread written the way the evaluation files write one: "agent:" / "system:" prefixes. */
export function chat(...turns: string[]): Thread {
  const messages = turns.map((turn): ThreadMessage => {
    if (turn.startsWith('agent:')) return { role: 'agent', text: turn.slice('agent:'.length) };
    if (turn.startsWith('system:')) return { role: 'system', text: turn.slice('system:'.length) };
    return { role: 'buyer', text: turn };
  });
  return { site: 'test', messages };
}
