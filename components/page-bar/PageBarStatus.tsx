import type { BarFeedback } from '../../utils/page/bar/bar-model';
import type { UiLanguage } from '../../utils/schemas/settings';
import { t } from '../../utils/i18n/page-translate';

/** One line after an insertion: done (check, then send) or why nothing was inserted. */
export function PageBarStatus({ feedback, lang }: { feedback: BarFeedback | null; lang: UiLanguage }) {
  return (
    <p className={`hs-bar__status${feedback?.kind === 'failed' ? ' hs-bar__status--failed' : ''}`} role="status" data-testid="page-bar-status">
      {feedback === null ? '' : feedback.kind === 'inserted' ? t(lang, 'insert.ok') : t(lang, `insert.${feedback.reason}`)}
    </p>
  );
}
