import { z } from 'zod/mini';
import { libraryPhraseSchema } from './phrase';
import { storedTopicLabelsSchema } from './topic';

/**
 * A phrase as the `/` picker lists it: with the names of its topic, which the worker looks up,
 * so a chat page carries no table of topic names.
 */
export const pickerPhraseSchema = z.object({
  ...libraryPhraseSchema.shape,
  topicLabels: z.optional(storedTopicLabelsSchema),
});
export type PickerPhrase = z.infer<typeof pickerPhraseSchema>;
