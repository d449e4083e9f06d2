import { useMemo } from 'react';
import type { Category } from '../../../utils/schemas/category';
import { categoryLabel } from '../../../utils/i18n/category-label';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import type { PhraseFunnelRow } from '../../../utils/team-review/team-picture';
import { useI18n } from '../../console/use-console-i18n';
import { ChartTablePanel } from './ChartTablePanel';
import { COLOURS, stackedBars } from './team-chart-options';

/** A chart of more bars than this is unreadable; the table holds every phrase. */
const CHARTED = 12;

/** Per phrase: suggested, inserted, then sent unchanged / edited / deleted — what agents keep and what they reject. */
export function FunnelPanel({ rows, categories }: { rows: readonly PhraseFunnelRow[]; categories: readonly Category[] }) {
  const { t, lang } = useI18n();
  const columns = useMemo<TableColumn<PhraseFunnelRow>[]>(
    () => [
      { key: 'phrase', title: t('teamConsole.col.phrase'), value: (row) => row.text ?? row.phraseUid },
      { key: 'category', title: t('teamConsole.col.category'), value: (row) => (row.category ? categoryLabel(row.category, categories, lang) : '') },
      { key: 'suggested', title: t('teamConsole.col.suggested'), value: (row) => row.suggested },
      { key: 'notPicked', title: t('teamConsole.series.notPicked'), value: (row) => row.notPicked },
      { key: 'inserted', title: t('teamConsole.col.inserted'), value: (row) => row.inserted },
      { key: 'sentUnchanged', title: t('teamConsole.series.sentUnchanged'), value: (row) => row.sentUnchanged },
      { key: 'edited', title: t('teamConsole.series.edited'), value: (row) => row.edited },
      { key: 'deleted', title: t('teamConsole.series.deleted'), value: (row) => row.deleted },
      { key: 'unknown', title: t('teamConsole.series.unknown'), value: (row) => row.unknown },
      { key: 'agents', title: t('teamConsole.col.agents'), value: (row) => row.agents },
      { key: 'phraseId', title: t('teamConsole.col.phraseId'), value: (row) => row.phraseUid },
    ],
    [t, lang, categories],
  );
  const charted = rows.slice(0, CHARTED);
  const option = useMemo(
    () =>
      stackedBars(
        charted.map((row) => row.text ?? row.phraseUid),
        [
          { name: t('teamConsole.series.sentUnchanged'), values: charted.map((row) => row.sentUnchanged), colour: COLOURS.good },
          { name: t('teamConsole.series.edited'), values: charted.map((row) => row.edited), colour: COLOURS.warn },
          { name: t('teamConsole.series.deleted'), values: charted.map((row) => row.deleted), colour: COLOURS.bad },
          { name: t('teamConsole.series.unknown'), values: charted.map((row) => row.unknown), colour: COLOURS.muted },
          { name: t('teamConsole.series.notPicked'), values: charted.map((row) => row.notPicked), colour: COLOURS.faint },
        ],
        true,
      ),
    [charted, t],
  );
  const sum = (pick: (row: PhraseFunnelRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const summary = t('teamConsole.funnel.summary', {
    count: rows.length,
    suggested: sum((row) => row.suggested),
    inserted: sum((row) => row.inserted),
    sentUnchanged: sum((row) => row.sentUnchanged),
    edited: sum((row) => row.edited),
    deleted: sum((row) => row.deleted),
    unknown: sum((row) => row.unknown),
    shown: charted.length,
  });
  return (
    <ChartTablePanel
      id="funnel"
      title={t('teamConsole.funnel.title')}
      summary={summary}
      option={option}
      chartHeight={72 + charted.length * 30}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.phraseUid}
    />
  );
}
