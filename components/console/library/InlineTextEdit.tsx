import { useId, useState, type KeyboardEvent } from 'react';
import { Button, Input, Space, Typography } from 'antd';
import { packPhraseSchema } from '../../../utils/schemas/phrase';
import { isImeComposing } from '../../keyboard/ime';
import { useI18n } from '../../console/use-console-i18n';

/**
 * A phrase's text edited in its table cell. The pack format's own rule (and then the library's
 * or the draft's answer) is shown on the field itself; Ctrl+Enter saves, Esc cancels, and
 * neither acts while an input method is composing.
 */
export function InlineTextEdit({ initial, onSave, onCancel }: { initial: string; onSave: (text: string) => Promise<string | null>; onCancel: () => void }) {
  const { t } = useI18n();
  const errorId = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    const checked = packPhraseSchema.shape.text.safeParse(text);
    if (!checked.success) {
      setError(checked.error.issues.map((issue) => issue.message).join('\n'));
      return;
    }
    setSaving(true);
    const problem = await onSave(checked.data);
    setSaving(false);
    setError(problem);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isImeComposing(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="hs-library-inline" data-testid="inline-edit">
      <Input.TextArea
        autoFocus
        autoSize={{ minRows: 2, maxRows: 6 }}
        aria-label={t('console.library.inline.label')}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
        status={error === null ? undefined : 'error'}
        data-testid="inline-edit-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error !== null && (
        <Typography.Text type="danger" id={errorId} role="alert" data-testid="inline-edit-error" className="hs-library-inline__error">
          {error}
        </Typography.Text>
      )}
      <Space>
        <Button type="primary" size="small" loading={saving} data-testid="inline-edit-save" onClick={() => void save()}>
          {t('console.library.inline.save')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('console.library.inline.cancel')}
        </Button>
      </Space>
    </div>
  );
}
