import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { DEFAULT_RULES_PACK_ID, LOCAL_RULES_PACK_ID } from '../../utils/db/records';
import { useI18n } from '../i18n/i18n-provider';
import type { AgentReport } from '../../utils/library/agent-report';
import { packToJson } from '../../utils/packs/pack-to-csv';
import { packSchema, type Pack } from '../../utils/schemas/pack';
import { PERSONAL_PACK_ID } from '../../utils/schemas/phrase';
import { flagKey, mergeAgentReports } from '../../utils/team-review/merge-reports';
import { nextPackVersion } from '../../utils/team-review/next-pack-version';
import { readAgentReport } from '../../utils/team-review/read-agent-report';
import { downloadFile } from '../options/download-file';
import type { OptionsServices } from '../options/options-services';
import { useLibraryStatus } from '../options/use-library-status';

type Decision = 'approved' | 'rejected';

/** Long lists are cut here: the lead looks at the top of each, the files hold the rest. */
const SHOWN = 20;

/** Packs a lead can publish: not the library's own bookkeeping packs (an agent's phrases, flags, shipped rules). */
const NOT_TEAM_PACKS: ReadonlySet<string> = new Set([PERSONAL_PACK_ID, LOCAL_RULES_PACK_ID, DEFAULT_RULES_PACK_ID]);

/** 团队审核: agents' reports merged, flags approved or rejected, the next team pack exported. */
export function TeamReviewSection({ services }: { services: OptionsServices }) {
  const { t } = useI18n();
  const { status } = useLibraryStatus(services);
  const [reports, setReports] = useState<AgentReport[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const [packId, setPackId] = useState('');
  const [leadPack, setLeadPack] = useState<Pack | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const teamPacks = (status?.packs ?? []).filter((pack) => !NOT_TEAM_PACKS.has(pack.id));
  const chosenPackId = packId || teamPacks[0]?.id || '';

  useEffect(() => {
    if (chosenPackId === '') return;
    let current = true;
    services
      .call('exportPack', { packId: chosenPackId, format: 'json' })
      .then((file) => {
        if (current) setLeadPack(packSchema.parse(JSON.parse(file.text)));
      })
      .catch((error: unknown) => {
        if (current) setNotice(t('teamReview.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
      });
    return () => {
      current = false;
    };
  }, [services, chosenPackId]);

  const review = useMemo(() => mergeAgentReports(reports, leadPack), [reports, leadPack]);

  async function importReports(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const read = await Promise.all(files.map(async (file) => ({ file, result: readAgentReport(await file.text()) })));
    setReports((previous) => [...previous, ...read.flatMap(({ result }) => (result.ok ? [result.report] : []))]);
    setProblems(read.flatMap(({ file, result }) => (result.ok ? [] : [t('teamReview.badReport', { file: file.name, reason: result.reason })])));
  }

  function decide(term: string, decision: Decision) {
    setDecisions((previous) => new Map(previous).set(flagKey(term), decision));
  }

  function exportNext() {
    if (!leadPack) return;
    const approved = review.flags.filter((flag) => decisions.get(flagKey(flag.term)) === 'approved').map((flag) => flag.rule);
    try {
      const next = nextPackVersion(leadPack, approved);
      downloadFile({ fileName: `${next.id}-${next.version}.json`, mimeType: 'application/json', text: packToJson(next) });
      setNotice(t('teamReview.exported', { name: next.name, version: next.version, count: approved.length }));
    } catch (error) {
      setNotice(t('teamReview.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <section className="hs-options-section" aria-labelledby="team-review-title" data-testid="team-review-section">
      <header className="hs-options-section__header">
        <h2 id="team-review-title">{t('options.section.teamReview')}</h2>
        <div className="hs-options-actions">
          <label className="hs-button">
            {t('teamReview.importReports')}
            <input type="file" accept=".json,application/json" multiple className="hs-options-file" data-testid="team-review-files" onChange={(event) => void importReports(event)} />
          </label>
          <button type="button" className="hs-button" disabled={reports.length === 0} onClick={() => (setReports([]), setDecisions(new Map()), setProblems([]))}>
            {t('teamReview.clear')}
          </button>
        </div>
      </header>
      <p className="hs-options-muted">{t('teamReview.intro')}</p>
      {problems.map((problem) => (
        <p key={problem} role="alert" className="hs-options-danger">
          {problem}
        </p>
      ))}
      {notice && (
        <p role="status" className="hs-options-notice" data-testid="team-review-notice">
          {notice}
        </p>
      )}
      {reports.length === 0 ? (
        <p className="hs-options-muted">{t('teamReview.empty')}</p>
      ) : (
        <>
          <p data-testid="team-review-loaded">{t('teamReview.reportsLoaded', { count: reports.length, agents: review.agents.join('、') })}</p>

          <h3>{t('teamReview.flagsTitle')}</h3>
          {review.flags.length === 0 && <p className="hs-options-muted">{t('teamReview.none')}</p>}
          <ul data-testid="team-review-flags">
            {review.flags.map((flag) => {
              const decision = decisions.get(flagKey(flag.term));
              return (
                <li key={flagKey(flag.term)} data-testid="team-review-flag" data-decision={decision ?? 'pending'}>
                  <strong>{flag.term}</strong> — {flag.reasons.join('；')} ({t('teamReview.reporters', { count: flag.reporters })}) ·{' '}
                  {t(`teamReview.decision.${decision ?? 'pending'}`)}{' '}
                  <button type="button" className="hs-button" aria-pressed={decision === 'approved'} onClick={() => decide(flag.term, 'approved')}>
                    {t('teamReview.approve')}
                  </button>{' '}
                  <button type="button" className="hs-button" aria-pressed={decision === 'rejected'} onClick={() => decide(flag.term, 'rejected')}>
                    {t('teamReview.reject')}
                  </button>
                </li>
              );
            })}
          </ul>

          <h3>{t('teamReview.usageTitle')}</h3>
          <ol>
            {review.usage.slice(0, SHOWN).map((row) => (
              <li key={row.phraseUid}>
                {row.text ?? row.phraseUid} — {t('teamReview.uses', { count: row.total, agents: row.agents })}
              </li>
            ))}
          </ol>

          <details>
            <summary>{t('teamReview.neverUsedTitle', { count: review.neverUsed.length })}</summary>
            <ul>
              {review.neverUsed.slice(0, SHOWN * 5).map((row) => (
                <li key={row.phraseUid}>{row.text}</li>
              ))}
            </ul>
          </details>

          <h3>{t('teamReview.editedTitle')}</h3>
          {review.mostEdited.length === 0 && <p className="hs-options-muted">{t('teamReview.none')}</p>}
          <ul>
            {review.mostEdited.slice(0, SHOWN).map((edit) => (
              <li key={edit.uid}>
                {edit.packText ?? edit.uid} — {t('teamReview.rewrites', { count: edit.rewrites.length })}
                <ul>
                  {edit.rewrites.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>

          <h3>{t('teamReview.sentAnywayTitle')}</h3>
          {review.sentAnyway.length === 0 && <p className="hs-options-muted">{t('teamReview.none')}</p>}
          <ul>
            {review.sentAnyway.slice(0, SHOWN).map((row) => (
              <li key={row.ruleUid}>
                {row.ruleId ?? row.ruleUid}
                {row.category ? ` (${row.category})` : ''}: {row.total}
              </li>
            ))}
          </ul>
        </>
      )}

      <div className="hs-options-actions">
        <label>
          {t('teamReview.basePack')}{' '}
          <select value={chosenPackId} data-testid="team-review-pack" onChange={(event) => setPackId(event.target.value)}>
            {teamPacks.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {pack.name} {pack.version}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="hs-button hs-button--primary" data-testid="team-review-export" disabled={!leadPack} onClick={exportNext}>
          {t('teamReview.exportNext')}
        </button>
      </div>
    </section>
  );
}
