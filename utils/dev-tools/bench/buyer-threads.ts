import { PRODUCT_LINES } from '../eval/generated-library';
import type { LibraryPhrase } from '../../schemas/phrase';
import type { Thread, ThreadMessage } from '../../schemas/thread';
import { seededRandom, type SeededRandom } from './seeded-random';

/** How buyers open and close a question: particles, forms of address, repeated marks. */
const OPENERS: readonly string[] = Object.freeze(['', '', '', '亲 ', '老板，', '你好 ', '在吗 ', '请问', '客服 ', '哎 ']);
const CLOSERS: readonly string[] = Object.freeze(['', '', '', '啊', '呢', '？', '呀', '～', '??', '！', '😊']);
const ACKNOWLEDGEMENTS: readonly string[] = Object.freeze(['好的', '嗯嗯', '好的谢谢', '哦哦', '知道了', '行吧']);
const NOTICES: readonly string[] = Object.freeze([
  '买家已拍下，待付款',
  '订单已发货，快递运输中',
  '买家申请退款，等待商家处理',
  '交易成功，买家已确认收货',
  '订单支付失败，即将自动关闭',
]);
const COMPLAINT_LINKS: readonly string[] = Object.freeze(['，而且', '，还有', ' 然后', '，就是', '。另外']);

/**
 * Buyer threads as a chat client shows them, built from a pack's own buyer wordings: a bare
 * question, one dressed in particles and greetings, one about a product, two questions in one
 * message, a long complaint, an acknowledgement that carries on a topic; about half with an
 * agent reply, earlier buyer turns or a platform notice before the turn to answer.
 */
export function generateBuyerThreads(seedPhrases: readonly LibraryPhrase[], count: number, seed = 611): Thread[] {
  const random = seededRandom(seed);
  const triggers = seedPhrases.flatMap((phrase) => phrase.triggers);
  const texts = seedPhrases.map((phrase) => phrase.text);
  if (triggers.length === 0) throw new Error('generateBuyerThreads needs seed phrases with triggers');
  const turn = (): string => buyerTurn(random, triggers);

  return Array.from({ length: count }, (): Thread => {
    const messages: ThreadMessage[] = [];
    const shape = random.next();
    if (shape < 0.15) {
      for (let earlier = 1 + random.below(3); earlier > 0; earlier -= 1) messages.push(buyer(turn()));
      messages.push(agent(random.pick(texts)));
    } else if (shape < 0.35) {
      messages.push(agent(random.pick(texts)));
    } else if (shape < 0.45) {
      messages.push({ role: 'system', text: random.pick(NOTICES) });
      if (random.chance(0.5)) {
        messages.push(buyer(random.pick(ACKNOWLEDGEMENTS)));
        return { site: 'bench', messages };
      }
    }
    messages.push(buyer(turn()));
    return { site: 'bench', messages };
  });
}

function buyerTurn(random: SeededRandom, triggers: readonly string[]): string {
  const trigger = (): string => random.pick(triggers);
  const shape = random.next();
  if (shape < 0.3) return trigger();
  if (shape < 0.6) return `${random.pick(OPENERS)}${trigger()}${random.pick(CLOSERS)}`;
  if (shape < 0.75) return `这个${random.pick(PRODUCT_LINES)}${trigger()}${random.pick(CLOSERS)}`;
  if (shape < 0.85) return `${trigger()} ${trigger()}`;
  if (shape < 0.95) {
    const parts = Array.from({ length: 3 + random.below(3) }, trigger);
    return parts.reduce((text, part) => `${text}${random.pick(COMPLAINT_LINKS)}${part}`);
  }
  return `${random.pick(ACKNOWLEDGEMENTS)} ${trigger()}`;
}

const buyer = (text: string): ThreadMessage => ({ role: 'buyer', text });
const agent = (text: string): ThreadMessage => ({ role: 'agent', text });
