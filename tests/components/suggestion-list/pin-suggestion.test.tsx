// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SuggestionList } from '../../../components/suggestion-list/SuggestionList';
import { usePinnedPhrases, type FavouriteServices } from '../../../components/suggestion-list/use-pinned-phrases';
import type { Suggestion } from '../../../utils/schemas/suggestion';

function suggestion(phraseUid: string, category: string, text: string): Suggestion {
  return { phraseUid, packId: 'default-zh', text, category, score: 0.5, reason: { kind: 'trigger', matched: '' } };
}

const RANKED: Suggestion[] = [
  suggestion('default-zh/bargain-1', 'bargaining', '亲，这已经是活动价了，质量有保障的哦'),
  suggestion('default-zh/ship-1', 'shipping', '亲，下单后48小时内发货'),
];

function fakeFavourites(initial: string[]): FavouriteServices & { setFavourite: ReturnType<typeof vi.fn> } {
  return { listFavourites: vi.fn(async () => initial), setFavourite: vi.fn(async () => ({ ok: true })) };
}

function PopupSuggestions({ services }: { services: FavouriteServices }) {
  const pins = usePinnedPhrases(services);
  return <SuggestionList suggestions={RANKED} categories={[]} onInsert={() => {}} pins={pins} />;
}

function rowOf(phraseUid: string): HTMLElement {
  return screen.getAllByTestId('suggestion').find((row) => row.dataset.phraseUid === phraseUid)!;
}

afterEach(cleanup);

describe('置顶 in the popup’s suggestions', () => {
  it('shows the phrases the agent pinned before as pinned', async () => {
    render(<PopupSuggestions services={fakeFavourites(['default-zh/ship-1'])} />);

    await waitFor(() => expect(rowOf('default-zh/ship-1').dataset.pinned).toBe('true'));
    expect(within(rowOf('default-zh/ship-1')).getByTestId('pin-suggestion').getAttribute('aria-pressed')).toBe('true');
    expect(within(rowOf('default-zh/bargain-1')).getByTestId('pin-suggestion').getAttribute('aria-pressed')).toBe('false');
  });

  it('pins and unpins through the background, and the toggle is a keyboard-reachable button', async () => {
    const services = fakeFavourites([]);
    render(<PopupSuggestions services={services} />);
    await waitFor(() => expect(services.listFavourites).toHaveBeenCalled());
    const pin = within(rowOf('default-zh/bargain-1')).getByRole('button', { name: /置顶/ });
    expect(pin.tagName).toBe('BUTTON');

    fireEvent.click(pin);
    expect(services.setFavourite).toHaveBeenLastCalledWith('default-zh/bargain-1', true);
    expect(pin.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(pin);
    expect(services.setFavourite).toHaveBeenLastCalledWith('default-zh/bargain-1', false);
    expect(pin.getAttribute('aria-pressed')).toBe('false');
  });

  it('takes the pin back when the background refuses it', async () => {
    const services = fakeFavourites([]);
    services.setFavourite.mockRejectedValue(new Error('database closed'));
    render(<PopupSuggestions services={services} />);
    const pin = within(rowOf('default-zh/ship-1')).getByTestId('pin-suggestion');

    fireEvent.click(pin);

    await waitFor(() => expect(pin.getAttribute('aria-pressed')).toBe('false'));
  });

  it('leaves the focus where it is on mousedown (the chat input keeps it)', () => {
    render(<PopupSuggestions services={fakeFavourites([])} />);
    const notPrevented = fireEvent.mouseDown(screen.getAllByTestId('pin-suggestion')[0]!);
    expect(notPrevented).toBe(false);
  });

  it('shows no pin toggle where favourites are not offered', () => {
    render(<SuggestionList suggestions={RANKED} categories={[]} onInsert={() => {}} />);
    expect(screen.queryByTestId('pin-suggestion')).toBeNull();
  });
});
