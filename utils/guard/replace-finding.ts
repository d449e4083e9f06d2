import { readEditorText } from '../editors/editable';
import type { WordingFinding } from '../schemas/risky-wording-finding';
import { applyReplacement, planReplacement } from './plan-replacement';
import { replaceInEditor } from './replace-in-editor';

export interface ReplacedDraft {
  /** Whether the reply box changed (read back, as the page's own model may render late). */
  changed: boolean;
  /** The draft afterwards, and what the check finds in it. */
  draft: string;
  findings: WordingFinding[];
}

/**
 * 替换: the clause holding `finding` becomes its safe alternative, in the reply box itself (the
 * page's editor takes it as typing). The agent may have typed since the panel was drawn: only a
 * finding of the draft as it is now is replaced; otherwise nothing changes and null comes back.
 */
export async function replaceFinding(
  input: HTMLElement,
  finding: WordingFinding,
  findingsOf: (draft: string) => WordingFinding[],
): Promise<ReplacedDraft | null> {
  const draft = readEditorText(input);
  const fresh = findingsOf(draft).find((candidate) => candidate.ruleId === finding.ruleId && candidate.start === finding.start);
  if (!fresh) return null;
  const replacement = planReplacement(draft, fresh, fresh.alternative['zh-CN']);
  const result = await replaceInEditor(input, replacement);
  const after = readEditorText(input);
  return { changed: result.ok || after === applyReplacement(draft, replacement), draft: after, findings: findingsOf(after) };
}
