import type { z } from 'zod';
import type { ImportProblem } from './import-problem';

/** A value that would be accepted, per field name, for messages about JSON packs. */
const EXAMPLES: Readonly<Record<string, string>> = Object.freeze({
  format: '1',
  id: '"tea-shop"（话术包）/ "greeting-001"（话术）',
  name: '"茶叶店话术"',
  version: '"1.2.0"',
  author: '"客服主管"',
  language: '"zh-CN"',
  text: '"亲，在的～有什么可以帮您？"',
  category: '"after-sales"',
  triggers: '["在吗", "有人吗"]',
  shortcut: '"zj"',
  tags: '["常用"]',
  labels: '{"zh-CN": "冲泡方法"}',
  severity: '"warn"',
  terms: '["加微信"]',
  matches: '["https://im.example.com/*"]',
  selectors: '{"input": "textarea.chat-input"}',
});

/** "phrases[3].text" for ["phrases", 3, "text"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

/** zod issues of a JSON pack as problems a lead can act on: where, why, and an example. */
export function zodIssueProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ImportProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const field = [...path].reverse().find((key): key is string => typeof key === 'string');
    const example = field === undefined ? undefined : EXAMPLES[field];
    return {
      ...(path.length > 0 ? { path: formatPath(path) } : {}),
      ...(field === undefined ? {} : { column: field }),
      reason: issue.message,
      ...(example === undefined ? {} : { example }),
    };
  });
}
