import { Button, Flex, Input } from 'antd';
import type { FactRow } from '../../../utils/library-view/product-form';
import { useI18n } from '../../console/use-console-i18n';

/**
 * Facts as rows of name and value, each input named by its row (screen readers say "第 2 项参数值"),
 * with 添加参数 and a remove button per row. Used for a product's facts and for each SKU's.
 */
export function FactRowsEditor({
  rows,
  onChange,
  labels,
  testId,
}: {
  rows: readonly FactRow[];
  onChange: (rows: FactRow[]) => void;
  /** Each control's name for a row (1-based), and the add button's. */
  labels: { name: (index: number) => string; value: (index: number) => string; remove: (index: number) => string; add: string };
  testId: string;
}) {
  const { t } = useI18n();
  const update = (at: number, patch: Partial<FactRow>) => onChange(rows.map((row, index) => (index === at ? { ...row, ...patch } : row)));
  return (
    <div className="hs-fact-rows" data-testid={testId}>
      {rows.map((row, index) => (
        <Flex key={index} gap="small" align="center" className="hs-fact-rows__row" data-testid={`${testId}-row`}>
          <Input
            aria-label={labels.name(index + 1)}
            placeholder={t('console.products.column.facts')}
            data-testid={`${testId}-name`}
            value={row.name}
            style={{ maxWidth: 140 }}
            onChange={(event) => update(index, { name: event.target.value })}
          />
          <Input aria-label={labels.value(index + 1)} data-testid={`${testId}-value`} value={row.value} onChange={(event) => update(index, { value: event.target.value })} />
          <Button aria-label={labels.remove(index + 1)} data-testid={`${testId}-remove`} onClick={() => onChange(rows.filter((_, at) => at !== index))}>
            ×
          </Button>
        </Flex>
      ))}
      <Button size="small" data-testid={`${testId}-add`} onClick={() => onChange([...rows, { name: '', value: '' }])}>
        {labels.add}
      </Button>
    </div>
  );
}
