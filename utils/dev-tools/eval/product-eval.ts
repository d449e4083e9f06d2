import type { LibraryIndex } from '../../engine/library-index';
import { suggest } from '../../engine/suggest';
import type { Pack } from '../../schemas/pack';
import { phraseUid } from '../../schemas/phrase';
import type { Thread } from '../../schemas/thread';
import { EvalFileError, parseEvalThread } from './intent-eval-file';

/**
 * Product-question evaluation files: `label<TAB>thread`, the label a phrase id of the packs
 * evaluated (or `packId/phraseId` where two packs share an id) or `holding`; the thread as in
 * intent files, usually with a `product:<商品标题>` part. Scored on the first suggestion only:
 * the labelled phrase, or for `holding` any holding reply.
 */
export interface ProductEvalCase {
  line: number;
  label: string;
  thread: Thread;
}

export const HOLDING_LABEL = 'holding';

export function parseProductEvalFile(text: string, file: string, packs: readonly Pack[]): ProductEvalCase[] {
  const known = phraseLabels(packs);
  const cases: ProductEvalCase[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, at) => {
      const line = at + 1;
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const tab = raw.indexOf('\t');
      if (tab < 0) throw new EvalFileError(file, line, 'no tab between label and thread; each line is "<phrase id or holding>\\t<thread>", e.g. "product-250\\tproduct:不锈钢保温杯 || 什么材质"');
      const label = raw.slice(0, tab).trim();
      if (label !== HOLDING_LABEL && !known.has(label)) {
        throw new EvalFileError(file, line, `"${label}" is neither a phrase id of the packs evaluated nor "${HOLDING_LABEL}"`);
      }
      cases.push({ line, label, thread: parseEvalThread(raw.slice(tab + 1), file, line) });
    });
  if (cases.length === 0) throw new EvalFileError(file, null, 'no evaluation lines found; each line is "<phrase id or holding>\\t<thread>"');
  return cases;
}

/** Every label a phrase answers to: its id and its uid. */
function phraseLabels(packs: readonly Pack[]): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  const add = (label: string, uid: string): void => {
    const uids = labels.get(label) ?? new Set<string>();
    uids.add(uid);
    labels.set(label, uids);
  };
  for (const pack of packs) {
    for (const phrase of pack.phrases) {
      const uid = phraseUid(pack.id, phrase.id);
      add(phrase.id, uid);
      add(uid, uid);
    }
  }
  return labels;
}

export interface ProductEvalMiss {
  line: number;
  label: string;
  /** The first suggestion's phrase uid, or "(none)". */
  got: string;
}

export interface ProductEvalReport {
  n: number;
  /** Lines whose first suggestion is the labelled phrase (for `holding`: a holding reply). */
  productFirst: number;
  /** `holding` lines, those with a holding reply first, those showing the facts card. */
  holdingLines: number;
  holdingFirst: number;
  factsCard: number;
  misses: ProductEvalMiss[];
}

export function scoreProductEval(index: LibraryIndex, packs: readonly Pack[], cases: readonly ProductEvalCase[]): ProductEvalReport {
  const labels = phraseLabels(packs);
  const holding = new Set(packs.flatMap((pack) => pack.phrases.filter((phrase) => phrase.holding === true).map((phrase) => phraseUid(pack.id, phrase.id))));
  const report: ProductEvalReport = { n: cases.length, productFirst: 0, holdingLines: 0, holdingFirst: 0, factsCard: 0, misses: [] };
  for (const evalCase of cases) {
    const result = suggest(index, evalCase.thread, { limit: 3 });
    const first = result.suggestions[0]?.phraseUid;
    const isHolding = evalCase.label === HOLDING_LABEL;
    const hit = first !== undefined && (isHolding ? holding.has(first) : (labels.get(evalCase.label)?.has(first) ?? false));
    if (hit) report.productFirst += 1;
    else report.misses.push({ line: evalCase.line, label: evalCase.label, got: first ?? '(none)' });
    if (isHolding) {
      report.holdingLines += 1;
      if (hit) report.holdingFirst += 1;
      if (result.product?.showFacts === true) report.factsCard += 1;
    }
  }
  return report;
}

const share = (hits: number, n: number): string => (n === 0 ? '0.000' : (hits / n).toFixed(3));

/** The last line `eval:products` prints. */
export function productSummaryLine(report: ProductEvalReport): string {
  return `product_first=${share(report.productFirst, report.n)} n=${report.n} holding_first=${share(report.holdingFirst, report.holdingLines)} facts_card=${share(report.factsCard, report.holdingLines)}`;
}
