import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { PageHealth, PagePart } from '../../utils/schemas/page-health';

const PART_LABEL: { [P in PagePart]: `pageHealth.part.${P}` } = {
  messageList: 'pageHealth.part.messageList',
  message: 'pageHealth.part.message',
  input: 'pageHealth.part.input',
};

/** The stock clients' names (the ids of utils/sites/adapter-registry.ts). */
const SITE_LABEL = {
  pinduoduo: 'site.pinduoduo',
  feige: 'site.feige',
  kuaishou: 'site.kuaishou',
  'jd-dongdong': 'site.jd-dongdong',
  qianniu: 'site.qianniu',
} as const;

/**
 * 页面结构可能已变化: the client's page no longer matches its adapter. Says what was not found,
 * what still works, and how to report it (`children`: the 导出页面结构 button).
 */
export function PageChangedNotice({ health, children }: { health: PageHealth; children?: ReactNode }) {
  const { t } = useI18n();
  const client = health.client && health.client in SITE_LABEL ? t(SITE_LABEL[health.client as keyof typeof SITE_LABEL]) : (health.client ?? '');
  const parts = health.failed.map((part) => t(PART_LABEL[part])).join(t('pageHealth.partSeparator'));
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
