import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { LibraryPhrase } from '../../utils/schemas/phrase';

export interface FrequentPhrasesProps {
  /** The buyer intent the popup is answering (its first suggestion's category). */
  intent: string;
  /** This agent's most used phrases for an intent (background `frequentPhrases`). */
  load: (intent: string) => Promise<LibraryPhrase[]>;
  onInsert: (phrase: LibraryPhrase) => void;
}

/** 常用: what this agent usually sends for this kind of question, one click away. */
export function FrequentPhrases({ intent, load, onInsert }: FrequentPhrasesProps) {
  const { t } = useI18n();
  const [phrases, setPhrases] = useState<LibraryPhrase[]>([]);

  useEffect(() => {
    let current = true;
    // History is a convenience: when it cannot be read the section simply stays away.
    load(intent).then(
      (found) => current && setPhrases(found),
      () => current && setPhrases([]),
    );
    return () => {
      current = false;
    };
  }, [intent, load]);

  if (phrases.length === 0) return null;
  return (
    <section className="hs-popup__frequent" aria-labelledby="hs-popup-frequent-title" data-testid="frequent-phrases">
      <h2 id="hs-popup-frequent-title" className="hs-popup__section-title">
        {t('popup.frequentTitle')}
      </h2>
      <ul className="hs-popup__frequent-list">
        {phrases.map((phrase) => (
          <li key={phrase.uid} className="hs-popup__frequent-item">
            <span className="hs-popup__frequent-text">{phrase.text}</span>
            <button
              type="button"
              className="hs-button"
              data-testid="insert-frequent"
              aria-label={t('popup.insertFrequent', { text: phrase.text })}
              onClick={() => onInsert(phrase)}
            >
              {t('suggestions.insert')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
