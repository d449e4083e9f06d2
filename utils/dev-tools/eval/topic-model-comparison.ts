import { buildLibraryIndex } from '../../engine/library-index';
import { libraryFromPacks } from '../../engine/library-from-packs';
import { readThreadTurns } from '../../engine/thread-turns';
import { LOGISTIC_DEFAULTS, trainLogistic } from './logistic-regression';
import { NAIVE_BAYES_DEFAULTS, trainNaiveBayes } from '../../engine/topic-model/naive-bayes';
import { topicExamples, type CorpusLine } from '../../engine/topic-model/topic-examples';
import type { TopicExample, TopicModel } from '../../engine/topic-model/topic-model-types';
import { topicProbabilities } from '../../engine/topic-model/topic-probabilities';
import { buyerContent } from '../../engine/message-evidence';
import type { Pack } from '../../schemas/pack';
import type { IntentEvalCase } from './intent-eval-file';

/** A topic model design the comparison trains: its name and its trainer. */
export interface TopicModelDesign {
  name: string;
  train: (examples: readonly TopicExample[]) => TopicModel;
}

export const TOPIC_MODEL_DESIGNS: readonly TopicModelDesign[] = [
  { name: 'naive-bayes', train: (examples) => trainNaiveBayes(examples, NAIVE_BAYES_DEFAULTS) },
  { name: 'logistic', train: (examples) => trainLogistic(examples, LOGISTIC_DEFAULTS) },
];

export interface DesignFigures {
  name: string;
  trainMs: number;
  modelKb: number;
  /** Corpus lines held out five ways (trained on the triggers and the other four fifths). */
  heldOutTopic: number;
  heldOutCategory: number;
  /** Category top-1 of the model alone, on each evaluation file's last buyer turn. */
  files: { file: string; categoryTop1: number; n: number }[];
}

const FOLDS = 5;

/** Every design trained the same way on the same pack and corpus, and scored the same way. */
export function compareTopicModels(pack: Pack, corpus: readonly CorpusLine[], files: readonly { file: string; cases: IntentEvalCase[] }[]): DesignFigures[] {
  const index = buildLibraryIndex(libraryFromPacks([pack]));
  const triggerExamples = topicExamples(index.phrases, index.triggers, []);
  const corpusExamples = topicExamples(index.phrases, index.triggers, corpus).slice(triggerExamples.length);
  return TOPIC_MODEL_DESIGNS.map((design) => {
    const started = performance.now();
    const model = design.train([...triggerExamples, ...corpusExamples]);
    const trainMs = performance.now() - started;
    let topicHits = 0;
    let categoryHits = 0;
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const held = corpusExamples.filter((_, at) => at % FOLDS === fold);
      const foldModel = design.train([...triggerExamples, ...corpusExamples.filter((_, at) => at % FOLDS !== fold)]);
      for (const example of held) {
        const best = bestTopic(foldModel, example.text);
        if (best === undefined) continue;
        if (foldModel.topicIds[best] === example.topic) topicHits += 1;
        if (foldModel.categoryIds[foldModel.topicCategories[best] ?? 0] === example.category) categoryHits += 1;
      }
    }
    return {
      name: design.name,
      trainMs,
      modelKb: modelBytes(model) / 1024,
      heldOutTopic: topicHits / Math.max(1, corpusExamples.length),
      heldOutCategory: categoryHits / Math.max(1, corpusExamples.length),
      files: files.map(({ file, cases }) => ({ file, ...categoryTop1(model, cases) })),
    };
  });
}

export function modelBytes(model: TopicModel): number {
  const arrays = [model.topicCategories, model.codes, model.pairStarts, model.pairTopics, model.pairWeights, model.unseen, model.priors];
  const strings = [...model.topicIds, ...model.categoryIds].reduce((sum, id) => sum + 2 * id.length, 0);
  return arrays.reduce((sum, array) => sum + array.byteLength, 0) + strings;
}

function bestTopic(model: TopicModel, text: string): number | undefined {
  const probabilities = topicProbabilities(model, text);
  let best: number | undefined;
  probabilities.forEach((value, topic) => {
    if (value > 0 && (best === undefined || value > (probabilities[best] ?? 0))) best = topic;
  });
  return best;
}

function categoryTop1(model: TopicModel, cases: readonly IntentEvalCase[]): { categoryTop1: number; n: number } {
  let hits = 0;
  for (const evalCase of cases) {
    const turn = readThreadTurns(evalCase.thread).buyerTurn;
    if (turn === null) continue;
    const probabilities = topicProbabilities(model, buyerContent(turn));
    const byCategory = new Map<string, number>();
    probabilities.forEach((value, topic) => {
      const category = model.categoryIds[model.topicCategories[topic] ?? 0] ?? '';
      byCategory.set(category, (byCategory.get(category) ?? 0) + value);
    });
    const best = [...byCategory].sort((a, b) => b[1] - a[1])[0];
    if (best !== undefined && best[1] > 0 && evalCase.expected.includes(best[0])) hits += 1;
  }
  return { categoryTop1: hits / Math.max(1, cases.length), n: cases.length };
}
