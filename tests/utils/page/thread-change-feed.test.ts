import { describe, expect, it, vi } from 'vitest';
import { createThreadChangeFeed } from '../../../utils/page/thread-change-feed';

describe('one thread watcher, several features on the page', () => {
  const change = { thread: { site: 'generic', messages: [{ role: 'buyer' as const, text: '在吗' }] }, kind: 'new-message' as const };

  it('tells every subscriber, even when one of them fails', () => {
    const feed = createThreadChangeFeed();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const bar = vi.fn(() => {
      throw new Error('bar broke');
    });
    const guard = vi.fn();
    feed.subscribe(bar);
    feed.subscribe(guard);
    expect(() => feed.publish(change)).not.toThrow();
    expect(guard).toHaveBeenCalledWith(change);
    expect(debug).toHaveBeenCalledWith(expect.stringContaining('bar broke'));
    debug.mockRestore();
  });

  it('stops telling a feature that unsubscribed', () => {
    const feed = createThreadChangeFeed();
    const bar = vi.fn();
    const unsubscribe = feed.subscribe(bar);
    unsubscribe();
    feed.publish(change);
    expect(bar).not.toHaveBeenCalled();
  });
});
