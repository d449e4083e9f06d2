import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { PageHealth } from '../../utils/schemas/page-health';
import { clientName } from '../../utils/i18n/client-name';
import { PAGE_PART_LABEL } from '../../utils/i18n/page-part-label';

/**
 * 页面结构可能已变化: the client's page no longer matches its adapter. Says what was not found,
 * what still works, and how to report it (`children`: the 导出页面结构 button).
 */
export function PageChangedNotice({ health, children }: { health: PageHealth; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const client = health.client ? clientName(lang, health.client) : '';
  const parts = health.failed.map((part) => t(PAGE_PART_LABEL[part])).join(t('pageHealth.partSeparator'));
  return (
    <section className="hs-popup__page-changed" data-testid="page-changed" role="status" aria-labelledby="hs-page-changed-title">
      <h2 id="hs-page-changed-title" className="hs-popup__section-title">
        {t('pageHealth.title')}
      </h2>
      <p className="hs-popup__note">{t('pageHealth.body', { client, parts })}</p>
      {health.genericFallback ? <p className="hs-popup__note">{t('pageHealth.fallback')}</p> : null}
      <p className="hs-popup__note">{t('pageHealth.stillWorks')}</p>
      <p className="hs-popup__note">{t('pageHealth.howToReport')}</p>
      {children}
    </section>
  );
}
