import { z } from 'zod';
import { localizedTextSchema, wordingCategorySchema, wordingSeveritySchema } from '../schemas/risky-wording-rule';
import { importProblemSchema } from './import-problem';
import { packDiffSchema } from './pack-diff';

/** A phrase of the file that the wording rules (active ones plus the file's own) flag. */
export const riskyPhraseSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** A `block` finding: the phrase is installed but never suggested while the rule is active. */
  blocked: z.boolean(),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      category: wordingCategorySchema,
      severity: wordingSeveritySchema,
      matchedText: z.string(),
      reason: localizedTextSchema,
    }),
  ),
});
export type RiskyPhrase = z.infer<typeof riskyPhraseSchema>;

export const IMPORT_REFUSALS = ['older-version', 'reserved-id'] as const;

/**
 * Everything the lead sees before confirming an import; nothing has been written yet.
 * `libraryVersion` is the stamp the preview was computed against: a commit is refused if the
 * library changed since.
 */
export const importPreviewSchema = packDiffSchema.extend({
  pack: z.object({
    id: z.string(),
    name: z.string(),
    version: z.string(),
    author: z.string(),
    description: z.string().optional(),
    phraseCount: z.number().int(),
    categoryCount: z.number().int(),
    ruleCount: z.number().int(),
    siteCount: z.number().int(),
    lockedPhraseCount: z.number().int(),
    lockedRuleCount: z.number().int(),
    /** Products (format 3), their SKUs, and the phrases scoped to them. */
    productCount: z.number().int(),
    skuCount: z.number().int(),
    scopedPhraseCount: z.number().int(),
    /** The stock clients whose selector lists the pack replaces (format 4), e.g. ["jd-dongdong"]. */
    overrideClients: z.array(z.string().max(40)).max(20).optional(),
  }),
  installed: z.object({ name: z.string(), version: z.string() }).nullable(),
  /** How the file's version relates to the installed one. */
  upgrade: z.enum(['new', 'newer', 'same', 'older']),
  invalid: z.array(importProblemSchema),
  risky: z.array(riskyPhraseSchema),
  /** Agents' own wordings of this pack's phrases: kept (and shown as theirs), or dropped because the phrase is now locked. */
  overrides: z.object({
    kept: z.array(z.object({ uid: z.string(), text: z.string() })),
    dropped: z.array(z.object({ uid: z.string(), text: z.string() })),
  }),
  /** Installed packs that share most phrase ids with this file: perhaps the lead meant to upgrade one of them. */
  possibleUpgradeOf: z.array(z.string()),
  notices: z.array(z.string()),
  refusal: z.object({ code: z.enum(IMPORT_REFUSALS), message: z.string() }).nullable(),
  canCommit: z.boolean(),
  libraryVersion: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
