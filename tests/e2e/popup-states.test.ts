import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../utils/dev-tools/browser/launch-extension';
import { tabIdOf } from '../../utils/dev-tools/browser/extension-control';
import { startExtension } from './support/extension';
import { NON_CLIENT_URL, serveNonClientPage } from './support/client-fixture';
import { requestFromBackground } from './support/background-request';
import { waitForSuggestion } from '../../utils/dev-tools/browser/suggestion-panel';
import { defaultPack } from '../../utils/packs/default-pack';

describe('the popup when there is nothing to answer, or nothing to answer with', () => {
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    extension = await startExtension();
    await serveNonClientPage(extension.context);
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('says 未识别到聊天窗口 for a blank tab', async () => {
    const blank = await extension.context.newPage();
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, blank)}`);
    await popup.locator('[data-testid="state-no-chat"]').waitFor({ timeout: 15_000 });
    await popup.getByText('未识别到聊天窗口').first().waitFor();
  });

  it('says 未识别到聊天窗口 for a website that is not a chat client', async () => {
    const notes = await extension.context.newPage();
    await notes.goto(NON_CLIENT_URL);
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, notes)}`);
    await popup.locator('[data-testid="state-no-chat"]').waitFor({ timeout: 15_000 });
    // It still points a new agent to somewhere they can practise.
    await popup.locator('[data-testid="open-demo"]').waitFor();
  });

  it('says 话术库为空 once the lead removed the only pack, and 恢复默认话术 brings the suggestions back', async () => {
    const demo = await extension.openExtensionPage('demo.html');
    await demo.locator('.conv-item', { hasText: '议价' }).first().click();
    const popup = await extension.openExtensionPage(`popup.html?tab=${await tabIdOf(extension, demo)}`);
    await waitForSuggestion(popup, 'bargaining');

    // What the options page does for a team lead: remove the default pack.
    const status = await requestFromBackground(popup, 'removePack', { packId: defaultPack().id });
    expect(status.phraseCount).toBe(0);
    expect(status.defaultPackRemoved).toBe(true);

    await popup.reload();
    await popup.locator('[data-testid="state-library-empty"]').waitFor({ timeout: 15_000 });
    await popup.getByText('话术库为空').first().waitFor();
    await popup.locator('[data-testid="restore-default-pack"]').click();
    await waitForSuggestion(popup, 'bargaining');
  });
});
