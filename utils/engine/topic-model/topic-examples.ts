import { columnItem } from '../string-column';
import { TRIGGER_SOURCE, type TriggerColumns } from '../trigger-columns';
import type { PhraseColumns } from '../phrase-columns';
import { phraseTopicKey } from './phrase-topics';
import type { TopicExample } from './topic-model-types';

/** A buyer message written for training, and the topic it asks about (the shipped corpus). */
export interface CorpusLine {
  topic: string;
  /** Normalised (normalize.ts) after leaving chat noise aside (continuation.ts). */
  text: string;
}

/** A phrase text standing in for missing triggers is the agent's answer, weaker proof. */
const TEXT_EXAMPLE_WEIGHT = 0.5;

/**
 * What the topic model learns from: every buyer trigger of the library, once per topic that
 * lists it, and the corpus lines whose topic some phrase of the library has — so a lead's pack
 * with its own topics trains on its own triggers alone, and corpus lines for topics nobody
 * can answer teach nothing.
 */
export function topicExamples(phrases: PhraseColumns, triggers: TriggerColumns, corpus: readonly CorpusLine[]): TopicExample[] {
  const examples: TopicExample[] = [];
  const categoryOfTopic = new Map<string, string>();
  for (let position = 0; position < phrases.count; position += 1) {
    const topic = phraseTopicKey(phrases, position);
    if (!categoryOfTopic.has(topic)) categoryOfTopic.set(topic, phrases.categoryIds[phrases.categoryOf[position] ?? 0] ?? '');
  }
  const topicsOfTrigger = new Set<string>();
  for (let trigger = 0; trigger < triggers.count; trigger += 1) {
    topicsOfTrigger.clear();
    const text = columnItem(triggers.normalized, trigger);
    const weight = triggers.sources[trigger] === TRIGGER_SOURCE.text ? TEXT_EXAMPLE_WEIGHT : 1;
    const end = triggers.phraseStarts[trigger + 1] ?? 0;
    for (let at = triggers.phraseStarts[trigger] ?? 0; at < end; at += 1) {
      const topic = phraseTopicKey(phrases, triggers.phraseList[at] ?? 0);
      if (topicsOfTrigger.has(topic)) continue;
      topicsOfTrigger.add(topic);
      examples.push({ text, topic, category: categoryOfTopic.get(topic) ?? '', weight, fromCorpus: false });
    }
  }
  for (const line of corpus) {
    const category = categoryOfTopic.get(line.topic);
    if (category !== undefined && line.text !== '') examples.push({ text: line.text, topic: line.topic, category, weight: 1, fromCorpus: true });
  }
  return examples;
}
