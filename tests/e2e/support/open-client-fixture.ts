import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../utils/dev-tools/browser/launch-extension';
import { PINDUODUO_CHAT_URL, serveClientFixture } from './client-fixture';
import { startExtension } from './extension';
import { refuseUnroutedNetwork } from './network';

/**
 * The usual start of a test file on the 拼多多 fixture: a fresh browser and profile with the
 * build under test, every unrouted request refused (and remembered, to assert none was made),
 * the fixture served at the client's real URL.
 */
export async function startWithClientFixture(): Promise<{ extension: ExtensionBrowser; refusedRequests: string[] }> {
  const extension = await startExtension();
  const refusedRequests = await refuseUnroutedNetwork(extension.context);
  await serveClientFixture(extension.context);
  return { extension, refusedRequests };
}

/** The agent opens the 拼多多 chat page in a new tab. */
export async function openClientFixture(extension: ExtensionBrowser): Promise<Page> {
  const chat = await extension.context.newPage();
  await chat.goto(PINDUODUO_CHAT_URL);
  return chat;
}
