import { useMemo } from 'react';
import { categoryLabel } from '../../../utils/i18n/category-label';
import type { Category } from '../../../utils/schemas/category';
import type { Pack } from '../../../utils/schemas/pack';
import type { TableColumn } from '../../../utils/team-review/table-csv';
import type { NeverUsed, NeverUsedPhrase } from '../../../utils/team-review/team-picture';
import { useI18n } from '../../console/use-console-i18n';
import { ChartTablePanel } from './ChartTablePanel';
import { COLOURS, stackedBars } from './team-chart-options';

/** The team pack's phrases nobody used in the reports' period: candidates to rewrite or drop. */
export function NeverUsedPanel({ neverUsed, pack, categories }: { neverUsed: NeverUsed; pack: Pack | undefined; categories: readonly Category[] }) {
  const { t, lang } = useI18n();
  const columns = useMemo<TableColumn<NeverUsedPhrase>[]>(
    () => [
      { key: 'phrase', title: t('teamConsole.col.phrase'), value: (row) => row.text },
      { key: 'category', title: t('teamConsole.col.category'), value: (row) => categoryLabel(row.category, categories, lang) },
      { key: 'phraseId', title: t('teamConsole.col.phraseId'), value: (row) => row.phraseUid },
    ],
    [t, lang, categories],
  );
  const option = useMemo(
    () =>
      stackedBars(
        neverUsed.byCategory.map((row) => categoryLabel(row.category, categories, lang)),
        [
          { name: t('teamConsole.series.used'), values: neverUsed.byCategory.map((row) => row.used), colour: COLOURS.good },
          { name: t('teamConsole.series.neverUsed'), values: neverUsed.byCategory.map((row) => row.neverUsed), colour: COLOURS.muted },
        ],
        true,
      ),
    [neverUsed, t, lang, categories],
  );
  const summary = pack
    ? t('teamConsole.neverUsed.summary', { pack: pack.name, total: pack.phrases.length, count: neverUsed.phrases.length })
    : t('teamConsole.neverUsed.noPack');
  return (
    <ChartTablePanel
      id="never-used"
      title={t('teamConsole.neverUsed.title')}
      summary={summary}
      option={option}
      chartHeight={72 + neverUsed.byCategory.length * 30}
      columns={columns}
      rows={neverUsed.phrases}
      rowKey={(row) => row.phraseUid}
    />
  );
}
