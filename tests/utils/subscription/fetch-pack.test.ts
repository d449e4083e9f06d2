import { describe, expect, it } from 'vitest';
import { conditionalHeaders, fetchPackConditionally, SUBSCRIPTION_MAX_BYTES } from '../../../utils/subscription/fetch-pack';
import { readSubscriptionState } from '../../../utils/subscription/subscription-store';
import { EMPTY_SUBSCRIPTION } from '../../../utils/schemas/subscription-state';

describe('the subscription request', () => {
  it('asks conditionally only with the validators the server gave', () => {
    expect(conditionalHeaders({ etag: null, lastModified: null })).toEqual({});
    expect(conditionalHeaders({ etag: '"a"', lastModified: 'Mon, 23 Nov 2026 01:00:00 GMT' })).toEqual({
      'If-None-Match': '"a"',
      'If-Modified-Since': 'Mon, 23 Nov 2026 01:00:00 GMT',
    });
  });

  it('stops reading a body that grows past the limit even when the server says nothing of its size', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk);
      },
    });
    const result = await fetchPackConditionally('https://packs.example.com/p.json', { etag: null, lastModified: null }, async () => new Response(endless));
    expect(result).toMatchObject({ kind: 'failed', message: expect.stringContaining(`${SUBSCRIPTION_MAX_BYTES / 1024 / 1024} MB`) });
  });

  it('refuses a declared oversized body unread', async () => {
    const result = await fetchPackConditionally('https://packs.example.com/p.json', { etag: null, lastModified: null }, async () =>
      new Response('{}', { headers: { 'Content-Length': String(SUBSCRIPTION_MAX_BYTES + 1) } }),
    );
    expect(result.kind).toBe('failed');
  });
});

describe('the stored subscription', () => {
  it('starts over when another build stored it in another shape', () => {
    expect(readSubscriptionState({ url: 42 })).toEqual(EMPTY_SUBSCRIPTION);
    expect(readSubscriptionState(null)).toEqual(EMPTY_SUBSCRIPTION);
  });
});
