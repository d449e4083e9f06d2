import type { Positions } from '../positions';

/**
 * A trained topic model as the index stores it: flat typed arrays, read back by a waking worker
 * in one piece. Topic `t` is `topicIds[t]`, of category `categoryIds[topicCategories[t]]`.
 * Feature `codes[f]` (ascending hashes, topic-features.ts) has, for topics
 * `pairTopics[i]`, i in pairStarts[f] .. pairStarts[f + 1], the weight `pairWeights[i]` added
 * to the topic's score when the message has that feature; every other known feature adds the
 * topic's `unseen` weight. `priors` start each topic's score; a softmax turns scores into
 * probabilities with the inverse temperature `scale / known ** lengthExponent`, `known` being
 * the number of the message's features the model knows (topic-probabilities.ts).
 */
export interface TopicModel {
  topicIds: string[];
  categoryIds: string[];
  topicCategories: Positions;
  codes: Uint32Array;
  pairStarts: Positions;
  pairTopics: Positions;
  pairWeights: Float32Array;
  unseen: Float32Array;
  priors: Float32Array;
  scale: number;
  lengthExponent: number;
}

/** One training line: a buyer wording or corpus line (normalised) and the topic it asks about. */
export interface TopicExample {
  text: string;
  topic: string;
  category: string;
  weight: number;
  /** Corpus lines' rare grams (a name, a typo) may be dropped; the library's own never are. */
  fromCorpus: boolean;
}
