import { useCallback, useEffect, useState } from 'react';
import { Alert, Card } from 'antd';
import { useI18n } from '../../console/use-console-i18n';
import type { RuleStatus, StoredWordingRule } from '../../../utils/db/records';
import { readAllRules, setRuleStatus } from '../../../utils/library/risky-wording-rules-store';
import { isAgentFlag } from '../../../utils/library/wording-rule-tag';
import { ConsoleSection } from '../../console-section/ConsoleSection';
import type { OptionsServices } from '../options-services';
import { useLibraryStatus } from '../use-library-status';
import { WordingRulesTable } from './WordingRulesTable';
import { TableSearch } from '../../console-section/TableSearch';

/**
 * 违规词: every wording rule (packs' and agents' local flags) with its status; the lead approves
 * or rejects a flag and switches unlocked rules on or off. A locked rule refuses, with the reason.
 * One search box filters both tables, so a word is found wherever it came from.
 */
export function WordingRulesSection({ services }: { services: OptionsServices }) {
  const { t } = useI18n();
  const { status } = useLibraryStatus(services);
  const [rules, setRules] = useState<StoredWordingRule[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [query, setQuery] = useState('');

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

  const flags = rules.filter(isAgentFlag);
  const packRules = rules.filter((rule) => !isAgentFlag(rule));
  return (
    <ConsoleSection
      id="wording"
      title={t('options.section.wording')}
      intro={t('console.sections.wording.intro')}
      extra={
        <TableSearch label={t('console.sections.wording.search')} value={query} onChange={setQuery} testId="wording-search" />
      }
    >
      {message && <Alert type="error" role="alert" title={message} data-testid="wording-message" />}
      <Card title={<h3 className="hs-console-card-title">{t('options.wording.flagsTitle', { count: flags.length })}</h3>}>
        <WordingRulesTable rules={flags} query={query} testId="wording-flags" emptyText={t('options.wording.noFlags')} onDecide={decide} />
      </Card>
      <Card title={<h3 className="hs-console-card-title">{t('options.wording.rulesTitle', { count: packRules.length })}</h3>}>
        <WordingRulesTable rules={packRules} query={query} testId="wording-rules" emptyText={t('console.sections.wording.noRules')} onDecide={decide} />
      </Card>
    </ConsoleSection>
  );
}
