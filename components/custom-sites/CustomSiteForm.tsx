import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useI18n } from '../console/use-console-i18n';
import { firstErrorPerField } from '../../utils/console-sections/field-errors';
import {
  CUSTOM_SITE_SELECTOR_EXAMPLES,
  customSiteSchema,
  type CustomSite,
  type CustomSiteSelectorName,
} from '../../utils/schemas/custom-site';

type Draft = Record<'name' | 'pattern' | CustomSiteSelectorName, string>;

const SELECTOR_NAMES = Object.keys(CUSTOM_SITE_SELECTOR_EXAMPLES) as CustomSiteSelectorName[];
const OPTIONAL_SELECTORS = new Set<CustomSiteSelectorName>(['systemMessage', 'text', 'buyerName']);

function draftOf(site: CustomSite | null): Draft {
  const draft: Draft = { name: site?.name ?? '', pattern: site?.matches[0] ?? '', ...emptySelectors() };
  for (const name of SELECTOR_NAMES) draft[name] = site?.selectors[name] ?? '';
  return draft;
}

function emptySelectors(): Record<CustomSiteSelectorName, string> {
  return Object.fromEntries(SELECTOR_NAMES.map((name) => [name, ''])) as Record<CustomSiteSelectorName, string>;
}

/** A new site's id: not shown to the lead, only unique and fit for a pack (see utils/schemas/pack.ts). */
function newSiteId(): string {
  return `site-${Date.now().toString(36)}`;
}

function siteFromDraft(id: string, draft: Draft): unknown {
  const selectors: Record<string, string> = {};
  for (const name of SELECTOR_NAMES) {
    const value = draft[name].trim();
    if (value || !OPTIONAL_SELECTORS.has(name)) selectors[name] = value;
  }
  return { id, name: draft.name, matches: [draft.pattern.trim()], selectors };
}

/** Which field an issue belongs to: `matches.0` is the pattern field, `selectors.input` the input field. */
function fieldOf(path: readonly PropertyKey[]): keyof Draft | null {
  const [first, second] = path;
  if (first === 'name') return 'name';
  if (first === 'matches') return 'pattern';
  if (first === 'selectors' && typeof second === 'string' && second in CUSTOM_SITE_SELECTOR_EXAMPLES) return second as CustomSiteSelectorName;
  return null;
}

/**
 * Adding or editing one custom site. Every field is checked with the same schema the store
 * uses, and each error is shown under its field (it states the rule and gives an example).
 */
export function CustomSiteForm({
  site,
  onSubmit,
  onCancel,
}: {
  site: CustomSite | null;
  /** Called inside the submit event, so the browser's permission prompt may open. */
  onSubmit: (site: CustomSite) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(site));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [id] = useState(() => site?.id ?? newSiteId());

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = customSiteSchema.safeParse(siteFromDraft(id, draft));
    if (parsed.success) {
      setErrors({});
      onSubmit(parsed.data);
      return;
    }
    setErrors(firstErrorPerField(parsed.error.issues, fieldOf, 'name'));
  }

  const fields: { name: keyof Draft; label: `customSites.field.${keyof Draft}`; placeholder: string }[] = [
    { name: 'name', label: 'customSites.field.name', placeholder: '自建客服台' },
    { name: 'pattern', label: 'customSites.field.pattern', placeholder: 'https://im.example.com/*' },
    ...SELECTOR_NAMES.map((name) => ({
      name,
      label: `customSites.field.${name}` as const,
      placeholder: CUSTOM_SITE_SELECTOR_EXAMPLES[name],
    })),
  ];
  const errorCount = Object.keys(errors).length;

  return (
    <Card
      title={<h3 className="hs-console-card-title">{site ? t('console.sections.sites.editTitle', { name: site.name }) : t('customSites.add')}</h3>}
    >
      <Form layout="vertical" component={false}>
        <form className="hs-custom-sites__form" onSubmit={submit} noValidate data-testid="custom-site-form">
          {errorCount > 0 && <Alert className="hs-custom-sites__form-alert" type="error" role="alert" title={t('customSites.invalid', { count: errorCount })} />}
          <div className="hs-custom-sites__fields">
            {fields.map(({ name, label, placeholder }) => {
              const inputId = `custom-site-field-${name}`;
              const errorId = `custom-site-error-${name}`;
              return (
                <Form.Item
                  key={name}
                  label={t(label)}
                  htmlFor={inputId}
                  validateStatus={errors[name] ? 'error' : undefined}
                  help={errors[name] ? <span id={errorId}>{errors[name]}</span> : undefined}
                >
                  <Input
                    id={inputId}
                    name={name}
                    className={name === 'name' ? undefined : 'hs-console-code'}
                    value={draft[name]}
                    placeholder={placeholder}
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={errors[name] ? true : undefined}
                    aria-describedby={errors[name] ? errorId : undefined}
                    onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
                  />
                </Form.Item>
              );
            })}
          </div>
          <Flex gap="small" wrap>
            <Button type="primary" htmlType="submit" data-testid="custom-site-save">
              {t('customSites.save')}
            </Button>
            <Button onClick={onCancel}>{t('customSites.cancel')}</Button>
          </Flex>
        </form>
      </Form>
    </Card>
  );
}
