import { useState } from 'react';
import { Button, Select, Space, Typography } from 'antd';
import type { MoveTargetGroup } from '../../../utils/library-view/move-targets';
import { useI18n } from '../../console/use-console-i18n';

/**
 * What to do with the ticked phrases: move them to a category › topic, lock or unlock them and
 * set the products they answer for (a draft only: locks and scopes are the lead's), delete them
 * (undone with 撤销).
 */
export function BatchBar({
  count,
  targets,
  canLock,
  products = [],
  onMove,
  onLock,
  onScope,
  onDelete,
  onClear,
}: {
  count: number;
  targets: readonly MoveTargetGroup[];
  canLock: boolean;
  /** The draft pack's product names; none (or no onScope): no 适用商品 control. */
  products?: readonly string[];
  onMove: (target: string) => void;
  onLock: (locked: boolean) => void;
  /** Sets the ticked phrases' 适用商品 to these products ([]: any product). */
  onScope?: (products: string[]) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [scope, setScope] = useState<string[]>([]);
  return (
    <div className="hs-library-batch" data-testid="bulk-actions" role="group" aria-label={t('console.library.batch.selected', { count })}>
      <Space wrap>
        <Typography.Text strong>{t('console.library.batch.selected', { count })}</Typography.Text>
        <Select
          aria-label={t('console.library.batch.target')}
          placeholder={t('console.library.batch.target')}
          data-testid="bulk-target"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 260 }}
          value={target}
          onChange={(value: string) => setTarget(value)}
          options={targets.map((group) => ({ label: group.label, title: group.label, options: group.options }))}
        />
        <Button data-testid="bulk-move" disabled={target === undefined} onClick={() => target !== undefined && onMove(target)}>
          {t('console.library.batch.move')}
        </Button>
        {canLock && (
          <>
            <Button data-testid="bulk-lock" onClick={() => onLock(true)}>
              {t('console.library.batch.lock')}
            </Button>
            <Button data-testid="bulk-unlock" onClick={() => onLock(false)}>
              {t('console.library.batch.unlock')}
            </Button>
          </>
        )}
        {onScope && products.length > 0 && (
          <>
            <Select
              mode="multiple"
              allowClear
              aria-label={t('console.library.batch.scope')}
              placeholder={t('console.library.batch.scope')}
              data-testid="bulk-products"
              style={{ minWidth: 220 }}
              value={scope}
              onChange={setScope}
              options={products.map((name) => ({ value: name, label: name }))}
            />
            <Button data-testid="bulk-scope" onClick={() => onScope(scope)}>
              {scope.length === 0 ? t('console.library.batch.scopeAny') : t('console.library.batch.scopeSave')}
            </Button>
          </>
        )}
        <Button danger data-testid="bulk-delete" onClick={onDelete}>
          {t('console.library.batch.delete')}
        </Button>
        <Button type="link" onClick={onClear}>
          {t('console.library.batch.clear')}
        </Button>
      </Space>
    </div>
  );
}
