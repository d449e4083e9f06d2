import { describe, expect, it } from 'vitest';
import { pickSiteAdapter } from '../../../utils/sites/adapter-registry';

describe('choosing how to read a page', () => {
  it('reads the extension’s own demo page with the demo adapter', () => {
    expect(pickSiteAdapter(new URL('chrome-extension://abcdefghijklmnop/demo.html')).id).toBe('demo');
    expect(pickSiteAdapter(new URL('moz-extension://1234-5678/demo.html?scenario=bargaining')).id).toBe('demo');
  });

  it('reads every other page with the generic adapter, including a site page that happens to be called demo.html', () => {
    expect(pickSiteAdapter(new URL('https://mms.pinduoduo.com/chat-merchant/index.html')).id).toBe('generic');
    expect(pickSiteAdapter(new URL('https://example.com/demo.html')).id).toBe('generic');
    expect(pickSiteAdapter(new URL('chrome-extension://abcdefghijklmnop/popup.html')).id).toBe('generic');
  });
});
