import type { consoleSectionsZhCN } from './console-sections-zh-CN';

/** English for console-sections-zh-CN.ts; console-en.ts includes it in the console's table. */
export const consoleSectionsEn = {
  'console.sections.noMatch': 'Nothing matches “{query}”',
  'console.sections.invalidFields': '{count} fields need changing; see the red notes below',
  'console.sections.page.prev': 'Previous page',
  'console.sections.page.next': 'Next page',

  'console.sections.wording.intro':
    'Wording an agent flags waits for review; once approved it applies to the whole team. Rules from a pack can be switched off, unless the pack locked them.',
  'console.sections.wording.search': 'Search terms, categories, sources or states',
  'console.sections.wording.noRules': 'No rules from packs yet.',
  'console.sections.wording.tag.pending': 'Awaiting review',
  'console.sections.wording.tag.active': 'In force',
  'console.sections.wording.tag.rejected': 'Rejected',
  'console.sections.wording.tag.disabled': 'Switched off',
  'console.sections.wording.locked': 'Locked',
  'console.sections.wording.lockedHint': 'Locked by its pack: change it in the pack’s next version',

  'console.sections.errors.search': 'Search error types, places or code locations',
  'console.sections.errors.clearTitle': 'Clear every error record?',
  'console.sections.errors.clearContent': 'This cannot be undone. Export the JSON first if support needs it.',

  'console.sections.subscription.settingsTitle': 'Subscription',
  'console.sections.subscription.statusTitle': 'Last check',
  'console.sections.subscription.status': 'State',
  'console.sections.subscription.lastCheck': 'Checked',
  'console.sections.subscription.etag': 'Version mark (ETag)',

  'console.sections.settings.intro':
    'What fills the shop-name and agent-name placeholders in phrases; the language and the number of suggestions apply to the popup and the chat page too.',
  'console.sections.settings.placeholdersTitle': 'Shop and agent names',
  'console.sections.settings.displayTitle': 'Language and suggestions',
  'console.sections.settings.waitTitle': 'Reply windows',
  'console.sections.settings.waitHelp':
    'The waiting queue times each buyer against their client’s reply window: amber past half of it, red past 80 %. The defaults follow public accounts of each platform’s rules (not official texts): Taobao/Tmall, Douyin Feige, Pinduoduo and Kuaishou 3 minutes, JD 30 seconds; change them to what your shop is measured on. Leave a field empty for the default.',
  'console.sections.settings.waitBySite': 'Reply window per client (seconds)',
  'console.sections.settings.waitFor': '{client} reply window',
  'console.sections.settings.waitDefault': 'default {seconds}',
  'console.sections.settings.seconds': 's',
  'console.sections.settings.waitSound': 'Beep when a buyer’s wait turns red',
  'console.sections.settings.waitSoundHelp':
    'Off by default. When on, a chat page in front beeps briefly when a buyer’s wait turns red, once per buyer. Nothing else in Reply Helper makes a sound or shows a system notification.',

  'console.sections.sites.search': 'Search site names or addresses',
  'console.sections.sites.editTitle': 'Edit site: {name}',
  'console.sections.sites.column.pattern': 'Address pattern',
  'console.sections.sites.column.access': 'Access',
  'console.sections.sites.accessMissing': 'No access',
  'console.sections.sites.accessMissingNote': 'The extension does not run on this site',
} satisfies Record<keyof typeof consoleSectionsZhCN, string>;
