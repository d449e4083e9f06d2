import type { ReactNode } from 'react';
import { localErrorLogServices } from '../diagnostics/error-log-services';
import { ErrorLogView } from '../diagnostics/ErrorLogView';
import { localPageHealthLogServices } from '../diagnostics/page-health-log-services';
import { PageHealthLogView } from '../diagnostics/PageHealthLogView';
import { CustomSitesSection } from '../custom-sites/CustomSitesSection';
import { SiteOverridesSection } from '../site-overrides/SiteOverridesSection';
import type { MessageKey, ParamsArgument } from '../../utils/i18n/translate';
import { backgroundOptionsServices } from './options-services';
import { SubscriptionSection } from '../subscription/SubscriptionSection';
import { TeamReviewSection } from '../team-review/TeamReviewSection';
import { PacksSection } from './packs/PacksSection';
import { SettingsSection } from './settings/SettingsSection';
import { LibraryConsole } from '../console/library/LibraryConsole';
import { ProductsSection } from '../console/products/ProductsSection';
import { ShortcutsSection } from '../shortcuts/ShortcutsSection';
import { browserShortcutsServices } from '../shortcuts/shortcuts-services';
import { WordingRulesSection } from './wording/WordingRulesSection';
import { ResponseTimesSection } from '../console/response-times/ResponseTimesSection';

/** A message without `{parameters}`: a nav label is a plain word. */
type PlainMessageKey = { [K in MessageKey]: ParamsArgument<K> extends [] ? K : never }[MessageKey];

/**
 * The options page's sections, in nav order. Each helper adds ONE entry here pointing at its
 * own section component; `label` is an i18n key so the nav speaks the agent's language.
 */
export interface OptionSection {
  /** Also the URL hash (`options.html#packs`), so a link can open a section directly. */
  id: string;
  label: PlainMessageKey;
  render: () => ReactNode;
}

export const OPTION_SECTIONS: readonly OptionSection[] = [
  { id: 'packs', label: 'options.section.packs', render: () => <PacksSection services={backgroundOptionsServices} /> },
  { id: 'custom-sites', label: 'options.section.customSites', render: () => <CustomSitesSection /> },
  { id: 'site-overrides', label: 'options.section.siteOverrides', render: () => <SiteOverridesSection services={backgroundOptionsServices} /> },
  { id: 'phrases', label: 'options.section.phrases', render: () => <LibraryConsole services={backgroundOptionsServices} /> },
  { id: 'products', label: 'options.section.products', render: () => <ProductsSection services={backgroundOptionsServices} /> },
  { id: 'wording', label: 'options.section.wording', render: () => <WordingRulesSection services={backgroundOptionsServices} /> },
  { id: 'settings', label: 'options.section.settings', render: () => <SettingsSection /> },
  { id: 'response-times', label: 'options.section.responseTimes', render: () => <ResponseTimesSection services={backgroundOptionsServices} /> },
  { id: 'subscription', label: 'options.section.subscription', render: () => <SubscriptionSection services={backgroundOptionsServices} /> },
  { id: 'team-review', label: 'options.section.teamReview', render: () => <TeamReviewSection services={backgroundOptionsServices} /> },
  { id: 'shortcuts', label: 'options.section.shortcuts', render: () => <ShortcutsSection services={browserShortcutsServices} /> },
  {
    id: 'errors',
    label: 'options.section.errors',
    // Diagnostics: the error log, and the client pages that stopped matching their adapters.
    render: () => (
      <>
        <ErrorLogView services={localErrorLogServices} />
        <PageHealthLogView services={localPageHealthLogServices} />
      </>
    ),
  },
];
