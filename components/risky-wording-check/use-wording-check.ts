import { useCallback, useEffect, useRef, useState } from 'react';
import type { FlaggedWording } from '../../utils/messaging/protocol';
import type { Thread } from '../../utils/schemas/thread';
import type { WordingCategory, WordingFinding } from '../../utils/schemas/risky-wording-finding';
import type { WordingCheckServices } from './wording-check-services';

export type DraftCheck =
  | { kind: 'reading' }
  | { kind: 'no-input' }
  | { kind: 'empty' }
  | { kind: 'failed' }
  | { kind: 'checked'; draft: string; findings: readonly WordingFinding[] };

export type FlagStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'flagged'; term: string } | { kind: 'failed'; error: string };

/** The background's refusal (FlagRefusedError: the rule broken, with an example) in a line that fits the popup. */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).slice(0, 200);
}

/** The popup's 检查话术 / 标记违规 state: the draft read from the chat tab, its findings, the agent's flags. */
export function useWordingCheck(services: WordingCheckServices, tabId: number | null, thread: Thread | null) {
  const [check, setCheck] = useState<DraftCheck>({ kind: 'reading' });
  const [flags, setFlags] = useState<readonly FlaggedWording[]>([]);
  const [flagStatus, setFlagStatus] = useState<FlagStatus>({ kind: 'idle' });
  const latestRun = useRef(0);
  const threadRef = useRef(thread);
  threadRef.current = thread;

  const recheck = useCallback(async () => {
    const run = ++latestRun.current;
    const isLatest = () => run === latestRun.current;
    if (tabId === null) {
      setCheck({ kind: 'no-input' });
      return;
    }
    setCheck((current) => (current.kind === 'checked' ? current : { kind: 'reading' }));
    try {
      const draft = await services.readDraft(tabId);
      if (!isLatest()) return;
      if (!draft.hasInput) return setCheck({ kind: 'no-input' });
      if (draft.text.trim() === '') return setCheck({ kind: 'empty' });
      const findings = await services.checkDraft(draft.text, threadRef.current);
      if (isLatest()) setCheck({ kind: 'checked', draft: draft.text, findings });
    } catch {
      if (isLatest()) setCheck({ kind: 'failed' });
    }
  }, [services, tabId]);

  const reloadFlags = useCallback(async () => {
    setFlags(await services.listFlags().catch(() => []));
  }, [services]);

  useEffect(() => {
    void recheck();
    void reloadFlags();
  }, [recheck, reloadFlags]);

  const flag = useCallback(
    async (input: { term: string; reason: string; category: WordingCategory }) => {
      setFlagStatus({ kind: 'saving' });
      try {
        const flagged = await services.flagWording(input);
        setFlagStatus({ kind: 'flagged', term: flagged.term });
        await Promise.all([reloadFlags(), recheck()]);
        return true;
      } catch (error) {
        setFlagStatus({ kind: 'failed', error: errorText(error) });
        return false;
      }
    },
    [services, reloadFlags, recheck],
  );

  return { check, flags, flagStatus, recheck, flag };
}
