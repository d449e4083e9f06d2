// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { OptionsServices } from '../../../components/options/options-services';
import { LIBRARY_POLL_MS, useLibraryStatus } from '../../../components/options/use-library-status';
import type { LibraryStatus } from '../../../utils/messaging/protocol';

function statusWithStamp(libraryVersion: string): LibraryStatus {
  return { phraseCount: 12, packs: [], categories: [], defaultPackRemoved: false, libraryVersion };
}

/** Reports the status object it renders with: sections reload their lists when that object changes. */
function StampProbe({ services, onRender }: { services: OptionsServices; onRender: (status: LibraryStatus | null) => void }) {
  const { status } = useLibraryStatus(services);
  onRender(status);
  return <p data-testid="stamp">{status?.libraryVersion ?? 'loading'}</p>;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('refreshes the options page when another tab edits the library without changing any count', async () => {
  let current = statusWithStamp('stamp-1');
  const services = { call: vi.fn(async () => current), library: vi.fn() } as unknown as OptionsServices;
  const onRender = vi.fn();
  render(<StampProbe services={services} onRender={onRender} />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
  expect(screen.getByTestId('stamp').textContent).toBe('stamp-1');

  // Nothing changed: the next poll keeps the same object, so no section reloads.
  const shown = onRender.mock.lastCall?.[0];
  await act(async () => {
    await vi.advanceTimersByTimeAsync(LIBRARY_POLL_MS);
  });
  expect(services.call).toHaveBeenCalledTimes(2);
  expect(onRender.mock.lastCall?.[0]).toBe(shown);

  // Another tab reworded a phrase: same counts, new stamp.
  current = statusWithStamp('stamp-2');
  await act(async () => {
    await vi.advanceTimersByTimeAsync(LIBRARY_POLL_MS);
  });
  expect(screen.getByTestId('stamp').textContent).toBe('stamp-2');
  expect(onRender.mock.lastCall?.[0]).not.toBe(shown);
});
