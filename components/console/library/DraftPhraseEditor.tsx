import { useId, useState } from 'react';
import { Button, Input, Select, Space, Switch, Typography } from 'antd';
import type { LibraryPhrase } from '../../../utils/schemas/phrase';
import type { DraftChange } from '../../../utils/schemas/team-draft';
import { useI18n } from '../../console/use-console-i18n';

/** The field a refusal is about, so it is shown there; anything else is shown under the form. */
export interface FieldProblem {
  field?: string | undefined;
  message: string;
}

/**
 * A team phrase in the draft: its text, buyer wordings and shortcut code, the products it answers
 * for, whether it is a holding reply (话术类型 等待回复), its lock, 从草稿中删除. Every save is one
 * change of the draft, checked against the pack format before it is kept.
 */
export function DraftPhraseEditor({
  phrase,
  locked,
  products = [],
  onChange,
}: {
  phrase: LibraryPhrase;
  locked: boolean;
  /** The draft pack's product names: the phrase's scope is chosen among them (none: any product). */
  products?: readonly string[];
  /** Records one change; the problem (on its field) when the draft refused it. */
  onChange: (change: DraftChange) => Promise<FieldProblem | null>;
}) {
  const { t } = useI18n();
  const ids = { text: useId(), triggers: useId(), shortcut: useId(), products: useId(), error: useId() };
  const [text, setText] = useState(phrase.text);
  const [triggers, setTriggers] = useState(phrase.triggers.join('\n'));
  const [shortcut, setShortcut] = useState(phrase.shortcut ?? '');
  const [scope, setScope] = useState<string[]>(phrase.products ?? []);
  const [problem, setProblem] = useState<FieldProblem | null>(null);

  const fieldError = (field: string) => (problem?.field === field ? problem.message : undefined);
  const generalError = problem !== null && !['text', 'triggers', 'shortcut', 'products'].includes(problem.field ?? '') ? problem.message : undefined;

  async function save() {
    setProblem(
      await onChange({
        kind: 'edit',
        id: phrase.id,
        text,
        triggers: triggers
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        shortcut: shortcut.trim(),
      }),
    );
  }

  const field = (name: 'text' | 'triggers' | 'shortcut' | 'products', label: string, control: React.ReactNode) => (
    <div className="hs-library-field">
      <label htmlFor={ids[name]}>{label}</label>
      {control}
      {fieldError(name) && (
        <Typography.Text type="danger" role="alert" data-testid={`draft-error-${name}`} className="hs-library-inline__error">
          {fieldError(name)}
        </Typography.Text>
      )}
    </div>
  );

  return (
    <div className="hs-library-draft-editor" data-testid="draft-phrase-editor" data-phrase-uid={phrase.uid}>
      {field(
        'text',
        t('console.library.draft.editText'),
        <Input.TextArea id={ids.text} data-testid="draft-edit-text" autoSize={{ minRows: 2, maxRows: 8 }} status={fieldError('text') ? 'error' : undefined} value={text} onChange={(event) => setText(event.target.value)} />,
      )}
      {field(
        'triggers',
        t('console.library.draft.editTriggers'),
        <Input.TextArea id={ids.triggers} data-testid="draft-edit-triggers" autoSize={{ minRows: 2, maxRows: 8 }} status={fieldError('triggers') ? 'error' : undefined} value={triggers} onChange={(event) => setTriggers(event.target.value)} />,
      )}
      {field(
        'shortcut',
        t('console.library.draft.editShortcut'),
        <Input id={ids.shortcut} data-testid="draft-edit-shortcut" status={fieldError('shortcut') ? 'error' : undefined} value={shortcut} onChange={(event) => setShortcut(event.target.value)} />,
      )}
      {(products.length > 0 || scope.length > 0) &&
        field(
          'products',
          t('console.products.scope.label'),
          <Space.Compact style={{ width: '100%' }}>
            <Select
              id={ids.products}
              mode="multiple"
              allowClear
              data-testid="draft-edit-products"
              style={{ width: '100%' }}
              status={fieldError('products') ? 'error' : undefined}
              value={scope}
              onChange={setScope}
              options={[...new Set([...products, ...scope])].map((name) => ({ value: name, label: name }))}
            />
            <Button data-testid="draft-save-products" onClick={() => void onChange({ kind: 'scope', ids: [phrase.id], products: scope }).then(setProblem)}>
              {t('console.products.scope.save')}
            </Button>
          </Space.Compact>,
        )}
      {generalError && (
        <Typography.Text type="danger" role="alert" className="hs-library-inline__error">
          {generalError}
        </Typography.Text>
      )}
      <Space wrap>
        <Button type="primary" data-testid="draft-save" onClick={() => void save()}>
          {t('console.library.draft.save')}
        </Button>
        <Space>
          <Switch
            aria-label={t('console.library.draft.holdingSwitch')}
            data-testid="draft-holding"
            checked={phrase.holding === true}
            onChange={(checked) => void onChange({ kind: 'holding', ids: [phrase.id], holding: checked }).then(setProblem)}
          />
          <Typography.Text>{t('console.library.draft.holdingSwitch')}</Typography.Text>
        </Space>
        <Space>
          <Switch
            aria-label={t('console.library.draft.lockSwitch')}
            data-testid="draft-lock"
            checked={locked}
            onChange={(checked) => void onChange({ kind: 'lock', ids: [phrase.id], locked: checked }).then(setProblem)}
          />
          <Typography.Text>{t('console.library.draft.lockSwitch')}</Typography.Text>
        </Space>
        <Button danger data-testid="draft-delete" onClick={() => void onChange({ kind: 'delete', ids: [phrase.id] }).then(setProblem)}>
          {t('console.library.draft.delete')}
        </Button>
      </Space>
    </div>
  );
}
