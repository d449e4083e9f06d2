import { useState } from 'react';
import { Button, Select, Space, Typography } from 'antd';
import type { MoveTargetGroup } from '../../../utils/library-view/move-targets';
import { useI18n } from '../../console/use-console-i18n';

/**
 * What to do with the ticked phrases: move them to a category › topic, lock or unlock them (a
 * draft only: locks are the lead's), delete them (undone with 撤销).
 */
export function BatchBar({
  count,
  targets,
  canLock,
  onMove,
  onLock,
  onDelete,
  onClear,
}: {
  count: number;
  targets: readonly MoveTargetGroup[];
  canLock: boolean;
  onMove: (target: string) => void;
  onLock: (locked: boolean) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState<string | undefined>(undefined);
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
