import { categoryIdSchema } from '../../schemas/category';
import type { ThreadProduct } from '../../schemas/product';
import type { Thread, ThreadMessage } from '../../schemas/thread';

/**
 * Reads intent evaluation files (docs/eval-format.md): `<expected>\t<thread>`, expected ids
 * joined by "|", best fit first; turns joined by " || ", earliest first; "agent:" and
 * "system:" mark non-buyer turns; a part "product:<商品标题>" is the product the conversation is
 * about (thread.product), not a message. Lines starting with "#" are comments wherever they appear.
 */
export interface IntentEvalCase {
  /** Line number in the file, counting from 1 as an editor shows it. */
  line: number;
  /** Acceptable category ids, best fit first. */
  expected: string[];
  thread: Thread;
  /** The thread column as written in the file. */
  threadText: string;
}

export class EvalFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'EvalFileError';
  }
}

const TURN_SEPARATOR = ' || ';
const ROLE_PREFIXES: readonly (readonly [prefix: string, role: ThreadMessage['role']])[] = [
  ['agent:', 'agent'],
  ['system:', 'system'],
];
const EXAMPLE = 'e.g. "shipping|after-sales\\t在吗 || agent:在的亲 || 什么时候发货"';

export function parseIntentEvalFile(text: string, file: string): IntentEvalCase[] {
  const cases: IntentEvalCase[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, at) => {
    const line = at + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    cases.push(parseLine(raw, file, line));
  });
  if (cases.length === 0) throw new EvalFileError(file, null, `no evaluation lines found; each line is "<expected>\\t<thread>", ${EXAMPLE}`);
  return cases;
}

function parseLine(raw: string, file: string, line: number): IntentEvalCase {
  const tab = raw.indexOf('\t');
  if (tab < 0) throw new EvalFileError(file, line, `no tab between expected ids and thread; each line is "<expected>\\t<thread>", ${EXAMPLE}`);
  const expected = raw.slice(0, tab).split('|').map((id) => id.trim());
  for (const id of expected) {
    if (!categoryIdSchema.safeParse(id).success) {
      throw new EvalFileError(file, line, `"${id}" is not a category id (lowercase letters, digits, hyphens), ${EXAMPLE}`);
    }
  }
  return { line, expected, thread: parseEvalThread(raw.slice(tab + 1), file, line), threadText: raw.slice(tab + 1) };
}

const PRODUCT_PREFIX = 'product:';

/**
 * A thread column: turns joined by " || ", "agent:"/"system:" for non-buyer turns, and at most
 * one "product:<商品标题>" part naming the product the conversation is about.
 */
export function parseEvalThread(text: string, file: string, line: number): Thread {
  const parts = text
    .split(TURN_SEPARATOR)
    .map((turn) => turn.trim())
    .filter((turn) => turn !== '');
  const products = parts.filter((part) => part.startsWith(PRODUCT_PREFIX)).map((part): ThreadProduct => ({ title: part.slice(PRODUCT_PREFIX.length).trim() }));
  if (products.length > 1 || products.some((product) => product.title === '')) {
    throw new EvalFileError(file, line, `a thread names at most one product, as "product:<商品标题>", e.g. "product:不锈钢保温杯 500ml || 保修多久"`);
  }
  const messages = parts.filter((part) => !part.startsWith(PRODUCT_PREFIX)).map(parseTurn);
  if (messages.length === 0) throw new EvalFileError(file, line, `the thread is empty, ${EXAMPLE}`);
  if (!messages.some((message) => message.role === 'buyer')) {
    throw new EvalFileError(file, line, `the thread has no buyer turn (turns without "agent:" or "system:"), ${EXAMPLE}`);
  }
  const [product] = products;
  return product === undefined ? { site: 'eval', messages } : { site: 'eval', messages, product };
}

function parseTurn(turn: string): ThreadMessage {
  for (const [prefix, role] of ROLE_PREFIXES) {
    if (turn.startsWith(prefix)) return { role, text: turn.slice(prefix.length).trim() };
  }
  return { role: 'buyer', text: turn };
}
