import type { OverridableClient } from '../schemas/site-lists';
import { defineSiteAdapter, withSelectorLists } from './define-site-adapter';
import { feigeSpec } from './feige-adapter';
import { jdDongdongSpec } from './jd-dongdong-adapter';
import { kuaishouSpec } from './kuaishou-adapter';
import { pinduoduoSpec } from './pinduoduo-adapter';
import { qianniuSpec } from './qianniu-adapter';
import type { SelectorAlternatives } from './selector-alternatives';
import type { SiteAdapter } from './site-adapter';

type Lists = Readonly<Record<string, SelectorAlternatives>>;

/** Each stock client's adapter built over its spec with some named lists replaced. */
const BUILD_WITH_LISTS: Readonly<Record<OverridableClient, (lists: Lists) => SiteAdapter>> = {
  pinduoduo: (lists) => defineSiteAdapter(withSelectorLists(pinduoduoSpec, lists)),
  feige: (lists) => defineSiteAdapter(withSelectorLists(feigeSpec, lists)),
  kuaishou: (lists) => defineSiteAdapter(withSelectorLists(kuaishouSpec, lists)),
  'jd-dongdong': (lists) => defineSiteAdapter(withSelectorLists(jdDongdongSpec, lists)),
  qianniu: (lists) => defineSiteAdapter(withSelectorLists(qianniuSpec, lists)),
};

/** The stock client's adapter with these lists in place of its own (no generic fallback behind it). */
export function clientAdapterWithLists(client: OverridableClient, lists: Lists): SiteAdapter {
  return BUILD_WITH_LISTS[client](lists);
}

const SPEC_SELECTORS: Readonly<Record<OverridableClient, { selectors: Readonly<Record<string, SelectorAlternatives>> }>> = {
  pinduoduo: pinduoduoSpec,
  feige: feigeSpec,
  kuaishou: kuaishouSpec,
  'jd-dongdong': jdDongdongSpec,
  qianniu: qianniuSpec,
};

/** The built-in alternatives of one of a client's named lists (the console shows them beside the form). */
export function builtInList(client: OverridableClient, list: string): SelectorAlternatives {
  return SPEC_SELECTORS[client].selectors[list] ?? [];
}

/** Each stock client's published list names, as its adapter's selector object has them (a test holds site-lists.ts to this). */
export function adapterListNames(client: OverridableClient): string[] {
  return Object.keys(SPEC_SELECTORS[client].selectors);
}
