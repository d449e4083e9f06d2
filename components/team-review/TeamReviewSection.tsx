import { Alert, Button, Select, Space, Typography, Upload, type UploadProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_RULES_PACK_ID, LOCAL_RULES_PACK_ID } from '../../utils/db/records';
import type { AgentReport } from '../../utils/library/agent-report';
import { packToJson } from '../../utils/packs/pack-to-csv';
import { packSchema, type Pack } from '../../utils/schemas/pack';
import { PERSONAL_PACK_ID } from '../../utils/schemas/phrase';
import { addReports } from '../../utils/team-review/add-reports';
import { flagKey, mergeAgentReports } from '../../utils/team-review/merge-reports';
import { nextPackVersion } from '../../utils/team-review/next-pack-version';
import { readAgentReport } from '../../utils/team-review/read-agent-report';
import { TeamPicture } from '../console/team/TeamPicture';
import { useI18n } from '../console/use-console-i18n';
import { downloadFile } from '../options/download-file';
import type { OptionsServices } from '../options/options-services';
import { useLibraryStatus } from '../options/use-library-status';
import { FlagReview, type Decision } from './FlagReview';
import '../console/team/team-console.css';

/** Packs a lead can publish: not the library's own bookkeeping packs (an agent's phrases, flags, shipped rules). */
const NOT_TEAM_PACKS: ReadonlySet<string> = new Set([PERSONAL_PACK_ID, LOCAL_RULES_PACK_ID, DEFAULT_RULES_PACK_ID]);

/** 团队审核: agents' reports merged into the team's picture, flags approved or rejected, the next team pack exported. */
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

  async function importFiles(files: readonly File[]) {
    const read = await Promise.all(files.map(async (file) => ({ file, result: readAgentReport(await file.text()) })));
    const added = addReports(reports, read.flatMap(({ result }) => (result.ok ? [result.report] : [])));
    setReports(added.reports);
    setProblems([
      ...read.flatMap(({ file, result }) => (result.ok ? [] : [t('teamReview.badReport', { file: file.name, reason: result.reason })])),
    ]);
    const notes = [
      ...(added.replaced.length > 0 ? [t('teamConsole.replaced', { agents: added.replaced.join('、') })] : []),
      ...(added.duplicates > 0 ? [t('teamConsole.duplicates', { count: added.duplicates })] : []),
    ];
    setNotice(notes.length > 0 ? notes.join(' ') : null);
  }

  // Every file of one drop or one pick arrives in one batch: read them together, then merge once.
  const beforeUpload: UploadProps['beforeUpload'] = (file, batch) => {
    if (file === batch[0]) void importFiles(batch);
    return Upload.LIST_IGNORE;
  };

  function clear() {
    setReports([]);
    setDecisions(new Map());
    setProblems([]);
    setNotice(null);
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
    <section className="hs-options-section hs-team-review" aria-labelledby="team-review-title" data-testid="team-review-section">
      <header className="hs-options-section__header">
        <h2 id="team-review-title">{t('options.section.teamReview')}</h2>
      </header>
      <Typography.Paragraph type="secondary">{t('teamReview.intro')}</Typography.Paragraph>

      <Upload.Dragger multiple accept=".json,application/json" showUploadList={false} beforeUpload={beforeUpload} data-testid="team-review-files">
        <p className="ant-upload-text">{t('teamConsole.dropTitle')}</p>
        <p className="ant-upload-hint">{t('teamConsole.dropHint')}</p>
        <Button type="primary">{t('teamReview.importReports')}</Button>
      </Upload.Dragger>

      <Space wrap className="hs-team-review__toolbar">
        <label>
          {t('teamReview.basePack')}{' '}
          <Select
            value={chosenPackId || undefined}
            aria-label={t('teamReview.basePack')}
            data-testid="team-review-pack"
            style={{ minWidth: 200 }}
            onChange={(value: string) => setPackId(value)}
            options={teamPacks.map((pack) => ({ value: pack.id, label: `${pack.name} ${pack.version}` }))}
          />
        </label>
        <Button type="primary" data-testid="team-review-export" disabled={!leadPack} onClick={exportNext}>
          {t('teamReview.exportNext')}
        </Button>
        <Button autoInsertSpace={false} disabled={reports.length === 0} onClick={clear}>
          {t('teamReview.clear')}
        </Button>
      </Space>

      {problems.map((problem) => (
        <Alert key={problem} type="error" showIcon title={problem} />
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
          <FlagReview flags={review.flags} decisions={decisions} onDecide={(term, decision) => setDecisions((previous) => new Map(previous).set(flagKey(term), decision))} />
          <TeamPicture reports={reports} leadPack={leadPack} categories={status?.categories ?? []} mostEdited={review.mostEdited} />
        </>
      )}
    </section>
  );
}
