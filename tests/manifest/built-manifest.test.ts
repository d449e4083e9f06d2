import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR, loadBuild, type BuiltManifest } from './build-output';

/**
 * Least privilege, locked on the build that ships (and that the end-to-end tests load).
 *
 * THE ALLOW-LIST BELOW IS THE REVIEW GATE. Adding a permission, a host, an optional permission or
 * a content-script match is a deliberate, reviewed change: add it here, add a row saying why to
 * the README's "Privacy and permissions" table (a test below checks every entry has one), update
 * docs/PRIVACY.md and the store texts (docs/store/) when what users are told changes, and say so
 * in CHANGELOG.md. The client patterns are written out rather than imported from
 * utils/schemas/client-match-patterns.ts on purpose: a change there must fail here until reviewed.
 */
const CLIENT_PATTERNS = [
  'https://dongdong.jd.com/*', // 京东 咚咚
  'https://im.jinritemai.com/*', // 抖店 飞鸽
  'https://im.kwaixiaodian.com/*', // 快手小店
  'https://mms.pinduoduo.com/chat-merchant/*', // 拼多多 商家客服
  'https://myseller.taobao.com/*', // 千牛 web
  'https://pigeon.jinritemai.com/*', // 抖店 飞鸽
  'https://qn.taobao.com/*', // 千牛 web
  'https://shop.jd.com/jdm/kefu/*', // 京东 咚咚
];

const ALLOWED = {
  /** storage: the settings and the error log in storage.local (the library is IndexedDB, which needs none). alarms: the hourly pack subscription check. scripting: the content script registered at runtime for a lead's custom site. */
  permissions: ['storage', 'alarms', 'scripting'],
  /** None: content scripts reach the clients through their `matches` alone. */
  host_permissions: [] as string[],
  optional_permissions: [] as string[],
  /**
   * Custom sites: the options page asks for one lead-named https site at a time
   * (`permissions.request`); nothing is granted at install. The only broad pattern allowed, and
   * only here (see "never asks for every site" below).
   */
  optional_host_permissions: ['https://*/*'],
  contentScriptMatches: CLIENT_PATTERNS,
};

/** Top-level manifest keys a build may have. A new key (externally_connectable, key, update_url…) is reviewed too. */
const ALLOWED_KEYS = {
  common: [
    'manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons',
    'permissions', 'optional_permissions', 'content_security_policy', 'commands', 'background',
    'content_scripts', 'options_ui', 'options_page',
  ],
  /** storage: only `storage.managed_schema` (public/managed-schema.json), the policy key packSubscriptionUrl. */
  chrome: ['action', 'host_permissions', 'optional_host_permissions', 'minimum_chrome_version', 'storage'],
  firefox: ['browser_action', 'browser_specific_settings'],
};

/** Scripts only from the package: no remote hosts, no eval (not even wasm), no plugins. */
const EXPECTED_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

const BROAD_PATTERN = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/|^\*:\/\/\*|^file:|^https?:\/\/\*\.?\/\*/;
const sorted = (values: Iterable<string>) => [...values].sort();

function contentScriptMatches(manifest: BuiltManifest): string[] {
  return sorted(new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches)));
}

const chrome = loadBuild(CHROME_DIR);
const firefox = loadBuild(FIREFOX_DIR);
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the Chrome/Edge build asks for exactly the reviewed permissions', () => {
  const { manifest } = chrome;

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('has the allowed API permissions, host permissions and optional permissions, nothing more', () => {
    expect({
      permissions: sorted(manifest.permissions ?? []),
      host_permissions: sorted(manifest.host_permissions ?? []),
      optional_permissions: sorted(manifest.optional_permissions ?? []),
      optional_host_permissions: sorted(manifest.optional_host_permissions ?? []),
    }).toEqual({
      permissions: sorted(ALLOWED.permissions),
      host_permissions: sorted(ALLOWED.host_permissions),
      optional_permissions: sorted(ALLOWED.optional_permissions),
      optional_host_permissions: sorted(ALLOWED.optional_host_permissions),
    });
  });

  it('runs its content script on the five seller clients only', () => {
    expect(contentScriptMatches(manifest)).toEqual(sorted(ALLOWED.contentScriptMatches));
  });

  it('has only reviewed top-level keys (no externally_connectable, no key, no update_url)', () => {
    const allowed = new Set([...ALLOWED_KEYS.common, ...ALLOWED_KEYS.chrome]);
    expect(Object.keys(manifest).filter((key) => !allowed.has(key))).toEqual([]);
  });
});

describe('the Firefox build asks for the same, in Manifest V2 terms', () => {
  const { manifest } = firefox;

  it('merges host permissions into permissions and optional host permissions into optional permissions', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(sorted(manifest.permissions ?? [])).toEqual(sorted([...ALLOWED.permissions, ...ALLOWED.host_permissions]));
    expect(sorted(manifest.optional_permissions ?? [])).toEqual(
      sorted([...ALLOWED.optional_permissions, ...ALLOWED.optional_host_permissions]),
    );
    expect(contentScriptMatches(manifest)).toEqual(sorted(ALLOWED.contentScriptMatches));
  });

  it('has only reviewed top-level keys', () => {
    const allowed = new Set([...ALLOWED_KEYS.common, ...ALLOWED_KEYS.firefox]);
    expect(Object.keys(manifest).filter((key) => !allowed.has(key))).toEqual([]);
  });

  it('opens the popup with the shortcut under Manifest V2’s command name', () => {
    expect(Object.keys(manifest.commands ?? {})).toContain('_execute_browser_action');
    expect(Object.keys(manifest.commands ?? {})).not.toContain('_execute_action');
  });

  it('has a fixed add-on id and declares that it collects no data', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe.each([
  ['Chrome/Edge', chrome],
  ['Firefox', firefox],
])('the %s build', (_name, build) => {
  const { manifest } = build;
  const customSiteAccess = new Set(ALLOWED.optional_host_permissions);
  const everyPattern = [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    // Optional host access for custom sites is asked per site at runtime, never as a whole.
    ...(manifest.optional_permissions ?? []).filter((pattern) => !customSiteAccess.has(pattern)),
    ...(manifest.optional_host_permissions ?? []).filter((pattern) => !customSiteAccess.has(pattern)),
    ...contentScriptMatches(manifest),
  ];

  it('never asks for every site, and never for tabs', () => {
    expect(everyPattern.filter((pattern) => BROAD_PATTERN.test(pattern))).toEqual([]);
    expect(everyPattern).not.toContain('tabs');
  });

  it('keeps a strict CSP for its own pages: scripts from the package only, no eval', () => {
    const csp = manifest.content_security_policy;
    const extensionPages = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(extensionPages).toBe(EXPECTED_CSP);
    expect(typeof csp === 'object' ? csp.sandbox : undefined).toBeUndefined();
  });

  it('exposes no file to web pages: the page UI gets its styles from the worker', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('loads all its code from the package: the worker, content scripts and page scripts are its own files', () => {
    const background = manifest.background;
    const backgroundFiles = [background?.service_worker, ...(background?.scripts ?? []), background?.page].filter(
      (file): file is string => file !== undefined,
    );
    const contentFiles = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
    for (const file of [...backgroundFiles, ...contentFiles]) expect(build.files).toContain(file);

    for (const page of build.files.filter((file) => file.endsWith('.html'))) {
      const sources = Array.from(build.read(page).matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g), (match) => match[1] ?? '');
      expect(sources.filter((source) => /^(?:[a-z]+:)?\/\//i.test(source)), page).toEqual([]);
    }
  });

  it('has an icon at every size the browsers and stores use, each a file in the package', () => {
    expect(Object.keys(manifest.icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
    for (const file of Object.values(manifest.icons ?? {})) expect(build.files).toContain(file);
  });

  it('has exactly its three keyboard commands, with their suggested keys (rebindable in the browser’s shortcut settings)', () => {
    // Written out, not imported: a changed key or a new command is reviewed here and in the README's keyboard section.
    const openPopup = manifest.manifest_version === 2 ? '_execute_browser_action' : '_execute_action';
    expect(manifest.commands).toEqual({
      [openPopup]: { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandOpenPopup__' },
      'insert-first-suggestion': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandInsertFirstSuggestion__' },
      'open-longest-waiting': { suggested_key: { default: 'Alt+Shift+Q' }, description: '__MSG_commandOpenLongestWaiting__' },
    });
  });

  it('takes its version from package.json, the one place it is written', () => {
    expect(manifest.version).toBe(packageJson.version);
  });
});

describe('the version lives in package.json only', () => {
  it('is not set in wxt.config.ts or written into the extension’s own code', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).not.toMatch(/\bversion(_name)?\s*:/);
    const literal = new RegExp(`['"\`]${packageJson.version.replaceAll('.', '\\.')}['"\`]`);
    const sources = ['entrypoints', 'components', 'utils', 'public'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(ts|tsx|html|json)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name)),
    );
    expect(sources.filter((file) => literal.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});

describe('every reviewed permission is explained to the people who install it', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = /^## Privacy and permissions[^\n]*\n([\s\S]*?)(?=^## )/m.exec(`${readme}\n## `)?.[1] ?? '';

  it.each([
    ...ALLOWED.permissions,
    ...ALLOWED.host_permissions,
    ...ALLOWED.optional_permissions,
    ...ALLOWED.optional_host_permissions,
    ...ALLOWED.contentScriptMatches,
  ])('README explains `%s`', (entry) => {
    expect(section, 'README.md needs a "## Privacy and permissions" section with a row per permission').toContain(`\`${entry}\``);
  });
});
