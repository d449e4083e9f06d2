// @vitest-environment jsdom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noticeInvalidation } from '../../../utils/page/content-lifecycle';

describe('a content script left behind by an extension update', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('notices within a few seconds, even on a quiet page, and runs its clean-up', () => {
    const ctx = new ContentScriptContext('lifecycle-test');
    const cleanedUp = vi.fn();
    ctx.onInvalidated(cleanedUp);
    noticeInvalidation(ctx);
    vi.advanceTimersByTime(5000);
    expect(cleanedUp).not.toHaveBeenCalled();
    // What Chrome does to an orphaned content script: its runtime no longer has an id.
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      vi.advanceTimersByTime(2000);
      expect(cleanedUp).toHaveBeenCalledTimes(1);
    } finally {
      runtime.id = id;
    }
  });
});
