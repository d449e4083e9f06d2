import { z } from 'zod';

export const PRACTICE_GRADES = ['excellent', 'good', 'pass', 'practice-more'] as const;
export type PracticeGrade = (typeof PRACTICE_GRADES)[number];

/**
 * One finished practice, as kept on this computer so a trainee sees how the last try went:
 * figures from the score card only, never what was typed.
 */
export const practiceResultSchema = z.object({
  scenarioId: z.string().min(1).max(40),
  finishedAt: z.number(),
  points: z.number().min(0).max(100),
  grade: z.enum(PRACTICE_GRADES),
  turns: z.number().int().min(0),
  withinStandard: z.number().int().min(0),
  caughtBeforeSending: z.number().int().min(0),
  riskySent: z.number().int().min(0),
  suggestionsUsed: z.number().int().min(0),
  replies: z.number().int().min(0),
  /** The reply window `withinStandard` counts against, in seconds; absent: the 30-second standard. */
  windowSeconds: z.number().int().min(1).max(86_400).optional(),
});
export type PracticeResult = z.infer<typeof practiceResultSchema>;
