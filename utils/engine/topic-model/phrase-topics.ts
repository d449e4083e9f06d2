import type { PhraseColumns } from '../phrase-columns';
import { columnItem } from '../string-column';

/** A phrase's topic as the model knows it: its topic id, or its category's id for the general topic. */
export function phraseTopicKey(phrases: PhraseColumns, position: number): string {
  const topic = columnItem(phrases.topics, position);
  return topic !== '' ? topic : (phrases.categoryIds[phrases.categoryOf[position] ?? 0] ?? '');
}

/** A phrase whose topic the model never saw (no trigger, no corpus line). */
export const NO_MODEL_TOPIC = 0xffffffff;

/**
 * Each phrase's topic as the model numbers it, and the phrases of each model topic in library
 * order: `list[starts[t] .. starts[t + 1])`.
 */
export function phrasesByModelTopic(
  phrases: PhraseColumns,
  topicIds: readonly string[],
): { phraseTopics: Uint32Array; starts: Uint32Array; list: Uint32Array } {
  const numbers = new Map(topicIds.map((id, at) => [id, at]));
  const phraseTopics = new Uint32Array(phrases.count);
  const starts = new Uint32Array(topicIds.length + 1);
  for (let position = 0; position < phrases.count; position += 1) {
    const topic = numbers.get(phraseTopicKey(phrases, position)) ?? NO_MODEL_TOPIC;
    phraseTopics[position] = topic;
    if (topic !== NO_MODEL_TOPIC) starts[topic + 1] = (starts[topic + 1] ?? 0) + 1;
  }
  for (let topic = 0; topic < topicIds.length; topic += 1) starts[topic + 1] = (starts[topic + 1] ?? 0) + (starts[topic] ?? 0);
  const list = new Uint32Array(starts[topicIds.length] ?? 0);
  const filled = starts.slice(0, topicIds.length);
  phraseTopics.forEach((topic, position) => {
    if (topic === NO_MODEL_TOPIC) return;
    const at = filled[topic] ?? 0;
    list[at] = position;
    filled[topic] = at + 1;
  });
  return { phraseTopics, starts, list };
}
