import { useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { QueueRow } from '../../utils/wait-clock/queue-rows';
import { WaitingQueueList, WaitingQueueSummary } from '../waiting-queue/WaitingQueueList';
import { useWaitingQueue } from '../waiting-queue/use-waiting-queue';
import type { WaitingQueueServices } from './popup-services';

type NotOpened = 'empty' | 'tab-gone' | 'row-not-found' | 'unreachable';

/**
 * 等待回复的买家: every buyer waiting across the open clients, longest first, with client, wait
 * and level; Enter or a click takes the agent to that buyer (their tab and window, their row
 * clicked). Says so when nobody waits, and why when a buyer could not be opened.
 */
export function PopupWaitingQueue({ services, onOpened }: { services: WaitingQueueServices; onOpened: () => void }) {
  const { t, lang } = useI18n();
  const { rows, loaded, refresh } = useWaitingQueue(services.load);
  const [notOpened, setNotOpened] = useState<NotOpened | null>(null);

  async function open({ site, key }: QueueRow) {
    const result = await services.open({ site, key }).catch(() => null);
    if (result?.opened) {
      setNotOpened(null);
      onOpened();
      return;
    }
    setNotOpened(result?.reason ?? 'unreachable');
    await refresh();
  }

  if (!loaded) return null;
  return (
    <section className="hs-popup__queue" aria-labelledby="hs-popup-queue-title" data-testid="popup-waiting-queue">
      <h2 id="hs-popup-queue-title" className="hs-popup__section-title">
        {t('queue.label')}
      </h2>
      {rows.length === 0 ? (
        <p className="hs-popup__note" data-testid="waiting-queue-empty">
          {t('popup.queue.empty')}
        </p>
      ) : (
        <>
          <WaitingQueueSummary rows={rows} lang={lang} />
          <WaitingQueueList rows={rows} lang={lang} onOpen={(row) => void open(row)} />
        </>
      )}
      {notOpened ? (
        <p className="hs-popup__note" role="status" data-testid="waiting-queue-not-opened">
          {t(`popup.queue.notOpened.${notOpened}`)}
        </p>
      ) : null}
    </section>
  );
}
