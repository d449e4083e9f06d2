import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { hasMoreTurns, type DemoConversation } from '../../utils/demo/demo-player';
import { ProductCard } from './ProductCard';
import { isImeComposing, keepFocusWhereItIs } from '../keyboard/ime';

function clockTime(at: number): string {
  const date = new Date(at);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The middle column, built like a seller client's chat pane (and to the DOM contract the demo
 * adapter and the end-to-end tests read): header, message list, a plain React-controlled
 * textarea and a 发送 button. The textarea being controlled is the point: the extension's
 * insertion chain has to get text into exactly this kind of input.
 */
export function ChatPane({
  conversation,
  draft,
  onDraftChange,
  onSend,
  onNextBuyerMessage,
  inputRef,
}: {
  conversation: DemoConversation;
  draft: string;
  onDraftChange: (text: string) => void;
  onSend: () => void;
  onNextBuyerMessage: () => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const { scenario, messages } = conversation;
  const moreToCome = hasMoreTurns(conversation);

  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [messages.length, conversation.pending]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || isImeComposing(event)) return;
    event.preventDefault();
    onSend();
  }

  return (
    <main className="chat" aria-label={scenario.buyer.nickname}>
      <header className="chat-header">
        <span className="chat-header__name" data-buyer-id={scenario.buyer.id}>
          {scenario.buyer.nickname}
        </span>
        <span className="chat-header__product">{t('demo.product', { product: scenario.product })}</span>
      </header>

      <ol className="msg-list" ref={listRef} aria-label={t('demo.messagesLabel')} aria-live="polite">
        {messages.map((message) => (
          <li key={message.id} className={`msg msg--${message.role}${message.card ? ' msg--card' : ''}`} data-msg-id={message.id}>
            {message.role === 'system' ? (
              <span className="msg__text">{message.text}</span>
            ) : (
              <>
                <span className="msg__author">
                  {message.role === 'buyer' ? scenario.buyer.nickname : t('demo.shopName')}
                  <time className="msg__time">{clockTime(message.sentAt)}</time>
                </span>
                {message.card ? (
                  <ProductCard title={message.text} card={message.card} />
                ) : (
                  <span className="msg__bubble">
                    <span className="msg__text">{message.text}</span>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="chat-typing" data-testid="buyer-typing" hidden={!conversation.pending}>
        {t('demo.buyerTyping')}
      </p>

      <div className="composer">
        <div className="composer__toolbar">
          <button
            type="button"
            className="hs-button"
            data-testid="next-buyer-message"
            title={moreToCome ? t('demo.nextBuyerMessageTitle') : t('demo.noMoreBuyerMessages')}
            disabled={!moreToCome}
            onMouseDown={keepFocusWhereItIs}
            onClick={onNextBuyerMessage}
          >
            {t('demo.nextBuyerMessage')}
          </button>
          {!moreToCome && !conversation.pending ? <span className="composer__note">{t('demo.noMoreBuyerMessages')}</span> : null}
        </div>
        <textarea
          id="demo-reply-input"
          ref={inputRef}
          className="composer__input"
          aria-label={t('demo.replyLabel')}
          placeholder={t('demo.replyPlaceholder')}
          rows={4}
          value={draft}
          onChange={(event) => onDraftChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="composer__actions">
          <button
            type="button"
            id="demo-send"
            className="hs-button hs-button--primary composer__send"
            disabled={!draft.trim()}
            onMouseDown={keepFocusWhereItIs}
            onClick={onSend}
          >
            {t('demo.send')}
          </button>
        </div>
      </div>
    </main>
  );
}
