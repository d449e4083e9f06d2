import { z } from 'zod';

/** A pack that does not fit the pack format; `message` lists every problem with its path. */
export class PackValidationError extends Error {
  override readonly name = 'PackValidationError';
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`话术包格式不对 / the pack does not fit format 1:\n${z.prettifyError(new z.ZodError(issues))}`);
  }
}
