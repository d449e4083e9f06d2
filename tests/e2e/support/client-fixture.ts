import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';

/** Where the 拼多多-style fixture is served: the real client URL, so the shipped matches apply. */
export const PINDUODUO_CHAT_URL = 'https://mms.pinduoduo.com/chat-merchant/index.html';

const FIXTURE_FILE = fileURLToPath(new URL('../../fixtures/e2e/pinduoduo-like-chat.html', import.meta.url));

/**
 * Serves the committed fixture at the client's URL through request routing: the extension needs
 * no localhost permission, and nothing reaches the network (every other request is refused).
 */
export async function serveClientFixture(context: BrowserContext): Promise<void> {
  const body = await readFile(FIXTURE_FILE, 'utf8');
  await context.route('https://mms.pinduoduo.com/**', (route) =>
    route.request().url() === PINDUODUO_CHAT_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' }),
  );
}

/** A page outside every client the extension runs on. */
export const NON_CLIENT_URL = 'https://www.example.com/shop/notes.html';

export async function serveNonClientPage(context: BrowserContext): Promise<void> {
  await context.route('https://www.example.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>笔记</title><textarea></textarea><p>这不是聊天页面</p></html>',
    }),
  );
}
