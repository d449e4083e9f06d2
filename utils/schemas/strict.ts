import type { z } from 'zod/mini';

/**
 * The message of a strict object's unknown keys: a pack written for a newer version of the
 * extension carries fields this one cannot read, and dropping them silently would lose them.
 * Other issues keep zod's own message.
 */
export function unknownKeysError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const keys = issue.keys.map((key) => `"${key}"`).join(', ');
  return `这个版本的话术助手不认识字段 ${keys}；请更新扩展后再导入 / unknown field ${keys}: this version of the extension cannot read it; update the extension and import again`;
}
