// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { openConversationRow } from '../../../../utils/page/requests/open-conversation-request';
import type { SiteAdapter } from '../../../../utils/sites/site-adapter';

function adapterWith(findConversationRow?: SiteAdapter['findConversationRow']): SiteAdapter {
  return {
    id: 'test',
    matches: () => true,
    findMessageList: () => null,
    readThread: () => null,
    findInput: () => null,
    findSendButton: () => null,
    currentBuyer: () => null,
    ...(findConversationRow ? { findConversationRow } : {}),
  };
}

describe('opening a waiting buyer from the queue', () => {
  it("clicks the buyer's row in the client's list and nothing else", () => {
    document.body.innerHTML = '<ul><li id="a">小橙子</li><li id="b">路过的猫</li></ul>';
    const clicked: string[] = [];
    for (const row of document.querySelectorAll('li')) row.addEventListener('click', () => clicked.push(row.id));
    const adapter = adapterWith((doc, key) => (key === '路过的猫' ? doc.getElementById('b') : null));
    expect(openConversationRow(adapter, document, '路过的猫')).toEqual({ opened: true });
    expect(clicked).toEqual(['b']);
  });

  it('opens nothing when the row is gone or the client has no known list', () => {
    const find = vi.fn(() => null);
    expect(openConversationRow(adapterWith(find), document, 'nobody')).toEqual({ opened: false });
    expect(openConversationRow(adapterWith(), document, 'nobody')).toEqual({ opened: false });
  });
});
