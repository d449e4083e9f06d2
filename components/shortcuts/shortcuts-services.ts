import { browser } from 'wxt/browser';

/** One of the extension's manifest commands as the browser has it bound now. */
export interface BoundCommand {
  name: string;
  /** The browser's own description (manifest `__MSG_…__`, in the browser's language). */
  description: string;
  /** E.g. "Alt+Shift+J"; empty when the agent (or a clash) left it unbound. */
  shortcut: string;
}

export interface ShortcutsServices {
  listCommands(): Promise<BoundCommand[]>;
  /**
   * Opens the browser's shortcut settings: 'opened' in Chrome/Edge; 'manual' in Firefox, where
   * extensions cannot open about:addons' shortcut page and the agent is told the way instead.
   */
  openShortcutSettings(): Promise<'opened' | 'manual'>;
}

/** Chrome's page; Edge opens its own (edge://extensions/shortcuts) for this address. */
const CHROMIUM_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

export const browserShortcutsServices: ShortcutsServices = {
  async listCommands() {
    const commands = await browser.commands.getAll();
    return commands.map((command) => ({
      name: command.name ?? '',
      description: command.description ?? '',
      shortcut: command.shortcut ?? '',
    }));
  },
  async openShortcutSettings() {
    if (isFirefox()) return 'manual';
    await browser.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE });
    return 'opened';
  },
};
