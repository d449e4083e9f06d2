import { useEffect, useState } from 'react';
import type { WordingFinding } from '../../../utils/schemas/risky-wording-finding';
import type { OptionsServices } from '../options-services';

/** Long enough to skip keystrokes mid-word, short enough to feel live. */
const CHECK_DELAY_MS = 250;

/**
 * Checks a phrase being edited against the library's active wording rules (the background's
 * checkDraft: the same rules the send guard uses), while the agent types. Null: not checked yet.
 */
export function useLiveWordingCheck(services: OptionsServices, text: string | null): WordingFinding[] | null {
  const [findings, setFindings] = useState<WordingFinding[] | null>(null);
  useEffect(() => {
    if (text === null || text.trim() === '') {
      setFindings(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      services.call('checkDraft', { text: text.slice(0, 5000) }).then(
        (found) => current && setFindings(found),
        () => current && setFindings(null),
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [services, text]);
  return findings;
}
