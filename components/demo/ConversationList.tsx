import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { waitingCount, type DemoConversation } from '../../utils/demo/demo-player';

function previewOf(conversation: DemoConversation): string {
  return conversation.messages.at(-1)?.text ?? conversation.scenario.product;
}

/** The left column: every buyer, the one open highlighted, a badge for buyers left waiting. */
export function ConversationList({
  conversations,
  activeId,
  onOpen,
}: {
  conversations: readonly DemoConversation[];
  activeId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();

  // ↑/↓ walk the list like the seller clients' own conversation lists.
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('.conv-item'));
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[current + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  return (
    <nav className="conv-list" aria-label={t('demo.conversations')}>
      <h2 className="conv-list__title">{t('demo.conversations')}</h2>
      <ul className="conv-list__items" onKeyDown={onKeyDown}>
        {conversations.map((conversation) => {
          const { scenario } = conversation;
          const active = scenario.id === activeId;
          const waiting = waitingCount(conversation);
          return (
            <li key={scenario.id}>
              <button
                type="button"
                className={active ? 'conv-item conv-item--active' : 'conv-item'}
                data-conv-id={scenario.id}
                aria-current={active ? 'true' : undefined}
                onClick={() => onOpen(scenario.id)}
              >
                <span className="conv-item__avatar" aria-hidden="true">
                  {Array.from(scenario.buyer.nickname)[0]}
                </span>
                <span className="conv-item__main">
                  <span className="conv-item__top">
                    <span className="conv-item__name">{scenario.buyer.nickname}</span>
                    <span className="conv-item__topic">{scenario.topic}</span>
                  </span>
                  <span className="conv-item__preview">{previewOf(conversation)}</span>
                </span>
                {waiting > 0 ? (
                  <span className="conv-item__badge" aria-label={t('demo.waitingBadge', { count: waiting })}>
                    {waiting}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
