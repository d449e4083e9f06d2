import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Category } from '../../utils/schemas/category';
import type { Suggestion } from '../../utils/schemas/suggestion';
import { categoryLabel } from '../../utils/i18n/category-label';
import { topicLabel } from '../../utils/i18n/topic-label';
import type { Topic } from '../../utils/schemas/topic';
import { useI18n } from '../i18n/i18n-provider';
import { hasCommandModifier, isImeComposing, keepFocusWhereItIs } from '../keyboard/ime';
import { groupSuggestions, suggestionsInDisplayOrder } from './group-suggestions';
import './suggestion-list.css';

export interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  /** The library's categories, for labels a pack defines itself. */
  categories: readonly Category[];
  /** The library's own topics (packs may declare some), for their labels. */
  topics?: readonly Topic[];
  onInsert: (suggestion: Suggestion) => void;
  /** Moves focus to the first suggestion when the list appears (popup), not on a chat page. */
  autoFocus?: boolean;
  /** 置顶: pinned phrases and the toggle; without it no pin buttons show. */
  pins?: { pinned: ReadonlySet<string>; toggle: (phraseUid: string) => void };
}

const MAX_NUMBER_KEY = 9;

function ReasonLine({ reason }: { reason: Suggestion['reason'] }) {
  const { t } = useI18n();
  if (!reason.matched.trim()) return null;
  return <p className="hs-suggestion__why">{t(`suggestions.why.${reason.kind}`, { matched: reason.matched })}</p>;
}

export function SuggestionList({ suggestions, categories, topics = [], onInsert, autoFocus = false, pins }: SuggestionListProps) {
  const { t, lang } = useI18n();
  const listRef = useRef<HTMLDivElement>(null);
  const groups = groupSuggestions(suggestions);
  const ordered = suggestionsInDisplayOrder(suggestions);
  const firstUid = ordered[0]?.phraseUid;

  useEffect(() => {
    if (!autoFocus || !firstUid) return;
    // Never pull focus out of another control (the search box) when new suggestions arrive.
    const focused = document.activeElement;
    const focusIsFree = !focused || focused === document.body || listRef.current?.contains(focused);
    if (focusIsFree) insertButtons()[0]?.focus();
  }, [autoFocus, firstUid]);

  function insertButtons(): HTMLButtonElement[] {
    return Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid="insert-suggestion"]') ?? []);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isImeComposing(event) || hasCommandModifier(event) || event.shiftKey) return;
    if (/^[1-9]$/.test(event.key)) {
      const suggestion = ordered[Number(event.key) - 1];
      if (suggestion) {
        event.preventDefault();
        onInsert(suggestion);
      }
      return;
    }
    const buttons = insertButtons();
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowDown' ? Math.min(current + 1, buttons.length - 1)
      : event.key === 'ArrowUp' ? Math.max(current - 1, 0)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? buttons.length - 1
      : null;
    if (target === null || buttons.length === 0) return;
    event.preventDefault();
    buttons[target]?.focus();
  }

  if (suggestions.length === 0) return null;
  return (
    <div className="hs-suggestions" ref={listRef} onKeyDown={onKeyDown} role="group" aria-label={t('suggestions.listLabel')}>
      {groups.map((group) => (
        <section key={group.categoryId} className="hs-suggestions__group" data-testid="suggestion-group" data-category={group.categoryId}>
          <h3 className="hs-suggestions__category">{categoryLabel(group.categoryId, categories, lang)}</h3>
          <ol className="hs-suggestions__items">
            {group.items.map(({ suggestion, number }) => {
              const pinned = pins?.pinned.has(suggestion.phraseUid) ?? false;
              return (
                <li
                  key={suggestion.phraseUid}
                  className={pinned ? 'hs-suggestion hs-suggestion--pinned' : 'hs-suggestion'}
                  data-pinned={pins ? String(pinned) : undefined}
                  data-testid="suggestion"
                  data-category={suggestion.category}
                  data-phrase-uid={suggestion.phraseUid}
                >
                  <span className="hs-suggestion__number" aria-hidden="true">
                    {number <= MAX_NUMBER_KEY ? number : ''}
                  </span>
                  <div className="hs-suggestion__body">
                    {suggestion.topic ? (
                      <span className="hs-suggestion__topic" data-testid="suggestion-topic" title={t('suggestions.topic', { topic: topicLabel(suggestion.topic, topics, lang) })}>
                        {topicLabel(suggestion.topic, topics, lang)}
                      </span>
                    ) : null}
                    <p className="hs-suggestion__text">{suggestion.text}</p>
                    <ReasonLine reason={suggestion.reason} />
                  </div>
                  <div className="hs-suggestion__actions">
                    {suggestion.shortcut ? (
                      <span className="hs-suggestion__shortcut" title={t('suggestions.shortcut', { code: suggestion.shortcut })}>
                        {suggestion.shortcut}
                      </span>
                    ) : null}
                    {pins ? (
                      <button
                        type="button"
                        className="hs-button hs-suggestion__pin"
                        data-testid="pin-suggestion"
                        aria-pressed={pinned}
                        title={t(pinned ? 'suggestions.unpinTitle' : 'suggestions.pinTitle')}
                        onMouseDown={keepFocusWhereItIs}
                        onClick={() => pins.toggle(suggestion.phraseUid)}
                      >
                        {/* ★/☆ are in every CJK font; an emoji pin is a blank box where no emoji font is installed. */}
                        <span aria-hidden="true">{pinned ? '★' : '☆'}</span>
                        {t('suggestions.pin')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="hs-button hs-button--primary hs-suggestion__insert"
                      data-testid="insert-suggestion"
                      title={number <= MAX_NUMBER_KEY ? t('suggestions.insertTitle', { n: number }) : undefined}
                      onMouseDown={keepFocusWhereItIs}
                      onClick={() => onInsert(suggestion)}
                    >
                      {t('suggestions.insert')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
