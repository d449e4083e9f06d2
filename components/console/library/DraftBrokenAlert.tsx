import { Alert, Button } from 'antd';
import { useI18n } from '../use-console-i18n';

/**
 * The team-pack draft could not be read (its changes no longer fit the installed pack, which was
 * replaced under it): said the same way on every page that edits a draft, with 放弃草稿 at hand.
 */
export function DraftBrokenAlert({ error, onDiscard, testId }: { error: string; onDiscard: () => void; testId: string }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={t('console.library.draft.broken', { message: error })}
      action={
        <Button danger onClick={onDiscard}>
          {t('console.library.draft.discard')}
        </Button>
      }
    />
  );
}
