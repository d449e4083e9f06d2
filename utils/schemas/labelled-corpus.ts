import { z } from 'zod';

/**
 * A corpus the team writes for one of the wording check's models: `{"format": 1, "lines":
 * [[label, text], …]}`, each line a chat draft or reply and the label the model should learn
 * for it. `example` is a line shown in the error messages.
 */
export function labelledCorpusSchema<const Labels extends readonly [string, ...string[]]>(
  name: string,
  labels: Labels,
  example: readonly [Labels[number], string],
  maxLength: number,
) {
  const exampleLine = JSON.stringify(example);
  return z.strictObject({
    format: z.literal(1, { error: `the ${name} format is 1, e.g. {"format": 1, "lines": [${exampleLine}]}` }),
    lines: z.array(
      z.tuple([
        z.enum(labels, { error: `a ${name} label is one of ${labels.join(', ')}, e.g. ${exampleLine}` }),
        z
          .string()
          .trim()
          .min(1, { error: `a ${name} line needs its text, e.g. ${exampleLine}` })
          .max(maxLength, { error: `a ${name} line is one chat message of at most ${maxLength} characters` }),
      ]),
    ),
  });
}
