import riskCorpusJson from '../../../phrases/risk-corpus.json';
import toneCorpusJson from '../../../phrases/tone-corpus.json';
import { trainDraftModels, type DraftCorpora, type DraftModels } from '../../risky-wording/check-draft-fully';

/** The tone and risk corpora the extension ships, bundled for Node (the worker reads them from its package). */
export const BUNDLED_DRAFT_CORPORA: DraftCorpora = { tone: toneCorpusJson, risk: riskCorpusJson };

let models: DraftModels | undefined;

/** The full check's models as a worker trains them, trained once per process (CLIs, benchmarks, tests). */
export function bundledDraftModels(): DraftModels {
  models ??= trainDraftModels(BUNDLED_DRAFT_CORPORA);
  return models;
}
