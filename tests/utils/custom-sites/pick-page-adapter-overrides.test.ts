import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pickPageAdapter, pickPageAdapters } from '../../../utils/custom-sites/pick-page-adapter';
import { readPageHealth } from '../../../utils/sites/page-health-check';
import { trySiteOverride } from '../../../utils/page/requests/try-site-override-request';
import { packSchema } from '../../../utils/schemas/pack';
import { mirroredOverridesOf } from '../../../utils/schemas/site-override';
import { saveMirroredSiteOverrides } from '../../../utils/settings/site-overrides-store';
import { openPage, type OpenedSiteFixture } from '../../fixtures/sites/open-site-fixture';
import { SITE_FIXTURES } from '../../fixtures/sites/site-fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const VARIANT = readFileSync(join(ROOT, 'tests/fixtures/sites/variants/jd-dongdong-broken-override.html'), 'utf8');
const FIX = packSchema.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/packs/jd-dongdong-override-pack.json'), 'utf8')));
const JD = new URL(SITE_FIXTURES['jd-dongdong'].url);

describe('the content script picks a stock client’s adapter with the mirrored overrides, at start', () => {
  let page: OpenedSiteFixture;
  beforeEach(() => {
    fakeBrowser.reset();
    page = openPage(VARIANT, JD.href, false);
  });
  afterEach(() => page.close());

  it('without overrides: the built-in adapter, which reads nothing on the changed page', async () => {
    const adapter = await pickPageAdapter(JD);
    expect(adapter.id).toBe('jd-dongdong');
    expect(adapter.readThread(page.document)).toBeNull();
  });

  it('with the pack’s override mirrored: the same client, reading the thread', async () => {
    await saveMirroredSiteOverrides(mirroredOverridesOf([FIX]));
    const adapter = await pickPageAdapter(JD);
    expect(adapter.id).toBe('jd-dongdong');
    expect(adapter.readThread(page.document)?.messages).toHaveLength(4);
  });

  it('the page-health check measures the client’s adapter with the override: the changed page an override reads is not reported', async () => {
    const before = await pickPageAdapters(JD);
    expect(readPageHealth(before.client!, page.document).failed.length).toBeGreaterThan(0);
    await saveMirroredSiteOverrides(mirroredOverridesOf([FIX]));
    const after = await pickPageAdapters(JD);
    expect(after.client?.id).toBe('jd-dongdong');
    expect(readPageHealth(after.client!, page.document).failed).toEqual([]);
  });

  it('an override for another version, or another client, leaves the built-in adapter', async () => {
    const old = { ...FIX, siteOverrides: FIX.siteOverrides.map((override) => ({ ...override, adapterVersion: 0 })) };
    await saveMirroredSiteOverrides(mirroredOverridesOf([old]));
    expect((await pickPageAdapter(JD)).readThread(page.document)).toBeNull();
    await saveMirroredSiteOverrides(mirroredOverridesOf([{ ...FIX, siteOverrides: [{ client: 'kuaishou', adapterVersion: 1, lists: { messageList: ['.w7Yt1'], message: ['.k3Lb0'] } }] }]));
    expect((await pickPageAdapter(JD)).readThread(page.document)).toBeNull();
  });
});

describe('试一试 on the page (page request trySiteOverride)', () => {
  let page: OpenedSiteFixture;
  beforeEach(() => {
    page = openPage(VARIANT, JD.href, false);
  });
  afterEach(() => page.close());

  it('reads the page once with the draft lists and says what it found', () => {
    const [override] = FIX.siteOverrides;
    if (!override) throw new Error('the fixture pack has an override');
    const trial = trySiteOverride('jd-dongdong', override, page.document);
    expect(trial).toMatchObject({ site: 'jd-dongdong', sameClient: true, found: { messageList: true, input: true, sendButton: true } });
    expect(trial.thread?.messages.map((message) => message.role)).toEqual(['system', 'buyer', 'agent', 'buyer']);

    const nothing = trySiteOverride('jd-dongdong', { ...override, lists: { ...override.lists, messageList: ['.nothing-here'] } }, page.document);
    expect(nothing).toMatchObject({ sameClient: true, thread: null, found: { messageList: false, input: true } });
  });

  it('reads nothing on another client’s page', () => {
    const [override] = FIX.siteOverrides;
    if (!override) throw new Error('the fixture pack has an override');
    expect(trySiteOverride('feige', override, page.document)).toEqual({
      site: 'feige',
      sameClient: false,
      thread: null,
      found: { messageList: false, input: false, sendButton: false },
    });
  });
});
