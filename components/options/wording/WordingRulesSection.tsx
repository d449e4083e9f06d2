import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { LOCAL_RULES_PACK_ID, type RuleStatus, type StoredWordingRule } from '../../../utils/db/records';
import { readAllRules, setRuleStatus } from '../../../utils/library/risky-wording-rules-store';
import type { OptionsServices } from '../options-services';
import { useLibraryStatus } from '../use-library-status';

const STATUS_LABEL = {
  active: 'options.wording.status.active',
  'pending-review': 'options.wording.status.pending-review',
  rejected: 'options.wording.status.rejected',
} as const satisfies Record<RuleStatus, string>;

/**
 * 违规词: every wording rule (packs' and agents' local flags) with its status; the lead approves
 * or rejects a flag and switches unlocked rules on or off. A locked rule refuses, with the reason.
 */
export function WordingRulesSection({ services }: { services: OptionsServices }) {
  const { t } = useI18n();
  const { status } = useLibraryStatus(services);
  const [rules, setRules] = useState<StoredWordingRule[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const reload = useCallback(async () => setRules(await readAllRules(services.library())), [services]);
  useEffect(() => {
    void reload();
  }, [reload, status]);

  async function decide(rule: StoredWordingRule, next: RuleStatus) {
    try {
      await setRuleStatus(services.library(), rule.uid, next);
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
    await reload();
  }

  const flags = rules.filter((rule) => rule.packId === LOCAL_RULES_PACK_ID);
  const packRules = rules.filter((rule) => rule.packId !== LOCAL_RULES_PACK_ID);
  const table = (rows: StoredWordingRule[], testId: string) => (
    <table className="hs-options-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('options.wording.column.terms')}</th>
          <th scope="col">{t('options.wording.column.category')}</th>
          <th scope="col">{t('options.wording.column.severity')}</th>
          <th scope="col">{t('options.wording.column.pack')}</th>
          <th scope="col">{t('options.wording.column.status')}</th>
          <th scope="col">{t('options.packs.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((rule) => (
          <tr key={rule.uid} data-testid="wording-rule" data-rule-uid={rule.uid} data-status={rule.status}>
            <td>
              {rule.locked && '🔒 '}
              {[...rule.terms, ...rule.patterns.map((pattern) => `/${pattern.regex}/`)].slice(0, 6).join('、')}
            </td>
            <td>{t(`wording.category.${rule.category}`)}</td>
            <td>{t(`wording.severity.${rule.severity}`)}</td>
            <td>{rule.packId}</td>
            <td>{t(STATUS_LABEL[rule.status])}</td>
            <td className="hs-options-actions">
              {rule.status !== 'active' && (
                <button type="button" className="hs-button" onClick={() => void decide(rule, 'active')}>
                  {rule.status === 'pending-review' ? t('options.wording.approve') : t('options.wording.enable')}
                </button>
              )}
              {rule.status !== 'rejected' && !rule.locked && (
                <button type="button" className="hs-button hs-button--danger" onClick={() => void decide(rule, 'rejected')}>
                  {rule.status === 'pending-review' ? t('options.wording.reject') : t('options.wording.disable')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="hs-options-section" aria-labelledby="wording-title">
      <h2 id="wording-title">{t('options.section.wording')}</h2>
      {message && <p role="alert" className="hs-options-danger">{message}</p>}
      <h3>{t('options.wording.flagsTitle', { count: flags.length })}</h3>
      {flags.length === 0 ? <p className="hs-options-muted">{t('options.wording.noFlags')}</p> : table(flags, 'wording-flags')}
      <h3>{t('options.wording.rulesTitle', { count: packRules.length })}</h3>
      {table(packRules, 'wording-rules')}
    </section>
  );
}
