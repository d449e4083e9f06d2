import type { Ref } from 'react';
import type { WordingFinding } from '../../utils/schemas/risky-wording-finding';
import type { UiLanguage } from '../../utils/schemas/settings';
import { t } from '../../utils/i18n/page-translate';
import { highlightSegments } from './highlight-segments';
import './wording-findings.css';

/**
 * The draft as text, risky stretches marked. Text only (React escapes it): a draft is the
 * agent's words, possibly pasted from anywhere, never markup.
 */
export function HighlightedDraft({
  draft,
  findings,
  lang,
  draftRef,
}: {
  draft: string;
  findings: readonly WordingFinding[];
  lang: UiLanguage;
  draftRef?: Ref<HTMLParagraphElement>;
}) {
  return (
    <p className="hs-draft" data-testid="highlighted-draft" ref={draftRef}>
      {highlightSegments(draft, findings).map((segment, index) =>
        segment.severity ? (
          <mark
            key={index}
            className={`hs-draft__mark hs-draft__mark--${segment.severity}`}
            data-severity={segment.severity}
            title={t(lang, `wording.severity.${segment.severity}`)}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
