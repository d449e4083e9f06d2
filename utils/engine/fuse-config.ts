import type { IFuseOptions } from 'fuse.js';

/**
 * The one fuse.js configuration of the engine. Fuse only ranks a short candidate list that the
 * gram index selected, always over normalised strings:
 * - `ignoreLocation`: a buyer's words can sit anywhere in a trigger, so the score is
 *   errors ÷ pattern length and nothing else;
 * - `threshold` 0.4: two wrong characters in five, at most; fewer for shorter patterns, where
 *   one wrong character in two is no resemblance at all;
 * - no field norm: normalised Chinese has no spaces, so word counts mean nothing.
 */
export const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.4,
  minMatchCharLength: 1,
  shouldSort: true,
  isCaseSensitive: true,
}) satisfies IFuseOptions<string>;
