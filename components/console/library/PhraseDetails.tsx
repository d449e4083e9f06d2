import { Descriptions, List, Typography } from 'antd';
import { categoryLabel } from '../../../utils/i18n/category-label';
import type { PhraseUsage } from '../../../utils/library/phrase-usage';
import type { Category } from '../../../utils/schemas/category';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import { FindingDetails } from '../../risky-wording-check/FindingDetails';
import { HighlightedDraft } from '../../risky-wording-check/HighlightedDraft';
import { useI18n } from '../../console/use-console-i18n';
import type { OptionsServices } from '../../options/options-services';
import { useLiveWordingCheck } from '../../options/phrases/use-live-wording-check';

/**
 * What the drawer shows about a phrase besides its editor: the buyer wordings the engine matches,
 * how this browser used it (per buyer intent, and when last) and its wording check (the same
 * rules the send guard applies).
 */
export function PhraseDetails({
  services,
  phrase,
  usage,
  categories,
  showTriggers,
}: {
  services: OptionsServices;
  /** Off where the editor above already lists them (a draft's phrase). */
  showTriggers: boolean;
  phrase: LibraryPhrase;
  usage: PhraseUsage | undefined;
  categories: readonly Category[];
}) {
  const { t, lang } = useI18n();
  const findings = useLiveWordingCheck(services, phrase.text);
  const date = (epochMs: number) => new Date(epochMs).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN');
  return (
    <div className="hs-library-details">
      {showTriggers && (
        <>
          <Typography.Title level={4}>{t('console.library.drawer.triggers')}</Typography.Title>
          {phrase.triggers.length === 0 ? (
            <Typography.Text type="secondary">{t('console.library.drawer.noTriggers')}</Typography.Text>
          ) : (
            <List size="small" bordered data-testid="drawer-triggers" dataSource={phrase.triggers} renderItem={(trigger) => <List.Item>{trigger}</List.Item>} />
          )}
        </>
      )}

      <Typography.Title level={4}>{t('console.library.drawer.usage')}</Typography.Title>
      {usage === undefined ? (
        <Typography.Text type="secondary" data-testid="drawer-usage" data-total={0}>
          {t('console.library.drawer.neverUsed')}
        </Typography.Text>
      ) : (
        <div data-testid="drawer-usage" data-total={usage.total}>
          <Typography.Paragraph>{t('console.library.drawer.usageTotal', { count: usage.total, date: date(usage.lastUsedAt) })}</Typography.Paragraph>
          <Descriptions size="small" column={1} bordered>
            {usage.byIntent.map((row) => (
              <Descriptions.Item key={row.intent} label={row.intent === '' ? t('console.library.drawer.intentUnknown') : categoryLabel(row.intent, categories, lang)}>
                {row.count}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </div>
      )}

      <Typography.Title level={4}>{t('console.library.drawer.wording')}</Typography.Title>
      {findings === null && <Typography.Text type="secondary">{t('console.library.drawer.checking')}</Typography.Text>}
      {findings !== null && findings.length === 0 && (
        <Typography.Text type="success" data-testid="drawer-wording-clean">
          {t('options.phrases.wordingClean')}
        </Typography.Text>
      )}
      {findings !== null && findings.length > 0 && (
        <div data-testid="drawer-wording-findings" data-count={findings.length}>
          <HighlightedDraft draft={phrase.text} findings={findings} lang={lang} />
          <ul className="hs-options-findings">
            {findings.map((finding, index) => (
              <FindingDetails key={index} finding={finding} lang={lang} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
