import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-provider';
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
    const found: Partial<Record<keyof Draft, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path) ?? 'name';
      found[field] ??= issue.message;
    }
    setErrors(found);
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
    <form className="hs-custom-sites__form" onSubmit={submit} noValidate data-testid="custom-site-form">
      {errorCount > 0 && (
        <p className="hs-custom-sites__error" role="alert">
          {t('customSites.invalid', { count: errorCount })}
        </p>
      )}
      {fields.map(({ name, label, placeholder }) => (
        <label key={name} className="hs-custom-sites__field">
          <span>{t(label)}</span>
          <input
            name={name}
            value={draft[name]}
            placeholder={placeholder}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `custom-site-error-${name}` : undefined}
            onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
          />
          {errors[name] && (
            <span id={`custom-site-error-${name}`} className="hs-custom-sites__error">
              {errors[name]}
            </span>
          )}
        </label>
      ))}
      <div className="hs-custom-sites__actions">
        <button type="submit" className="hs-button" data-testid="custom-site-save">
          {t('customSites.save')}
        </button>
        <button type="button" className="hs-button" onClick={onCancel}>
          {t('customSites.cancel')}
        </button>
      </div>
    </form>
  );
}
