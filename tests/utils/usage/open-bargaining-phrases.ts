import { defaultPack } from '../../../utils/packs/default-pack';
import type { PackPhrase } from '../../../utils/schemas/phrase';

/**
 * The default pack's bargaining phrases that any haggling conversation may be offered: none that
 * needs an order state, nor the live-stream one (offered only where the conversation speaks of the
 * live stream). Tests of learning and pinning use these, so the engine may show them for 能便宜点吗.
 */
export function openBargainingPhrases(): PackPhrase[] {
  return defaultPack().phrases.filter((phrase) => phrase.category === 'bargaining' && phrase.requires === undefined && !phrase.text.includes('直播'));
}
