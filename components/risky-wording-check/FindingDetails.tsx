import type { ReactNode } from 'react';
import { t } from '../../utils/i18n/page-translate';
import type { UiLanguage } from '../../utils/schemas/settings';
import type { WordingFinding } from '../../utils/schemas/risky-wording-finding';
import './wording-findings.css';

/**
 * One finding explained: the words, how bad (违规 stops a send, 提醒 does not), the rule it
 * breaks with its penalty (naming the platform, as the rule wrote it) and what to say instead.
 * The alternative is shown in Chinese, as it would be sent to the buyer.
 */
export function FindingDetails({ finding, lang, children }: { finding: WordingFinding; lang: UiLanguage; children?: ReactNode }) {
  return (
    <li className={`hs-finding hs-finding--${finding.severity}`} data-testid="wording-finding" data-severity={finding.severity} data-category={finding.category}>
      <div className="hs-finding__head">
        <span className={`hs-finding__badge hs-finding__badge--${finding.severity}`}>{t(lang, `wording.severity.${finding.severity}`)}</span>
        <span className="hs-finding__category">{t(lang, `wording.category.${finding.category}`)}</span>
        <q className="hs-finding__words">{finding.matchedText}</q>
      </div>
      <p className="hs-finding__reason">
        <span className="hs-finding__label">{t(lang, 'wording.reason')}：</span>
        {finding.reason[lang]}
      </p>
      <p className="hs-finding__alternative" lang="zh-CN" title={lang === 'en' ? finding.alternative.en : undefined}>
        <span className="hs-finding__label">{t(lang, 'wording.alternative')}：</span>
        {finding.alternative['zh-CN']}
      </p>
      {children}
    </li>
  );
}
