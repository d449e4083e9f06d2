import { t } from '../../utils/i18n/page-translate';
import type { UiLanguage } from '../../utils/schemas/settings';
import { clientName } from '../../utils/i18n/client-name';
import { buyerIdOf, type QueueRow } from '../../utils/wait-clock/queue-rows';
import { formatWait } from '../../utils/wait-clock/wait-format';
import { waitLabel } from '../../utils/waiting-queue/wait-level';
import { keepFocusWhereItIs } from '../keyboard/ime';
import './waiting-queue.css';

/** `等待 3 · 最久 2:41`: how many wait and the longest wait, coloured by the longest's level. */
export function WaitingQueueSummary({ rows, lang }: { rows: readonly QueueRow[]; lang: UiLanguage }) {
  const longest = rows[0];
  if (!longest) return null;
  return (
    <p className="hs-queue__summary" data-testid="waiting-queue-summary" data-level={longest.level}>
      {t(lang, 'queue.summary', { count: rows.length, longest: formatWait(longest.waitedMs) })}
    </p>
  );
}

/**
 * The waiting buyers, longest first: name, client, wait and its level in words (the colour
 * repeats it). Each row is a button (Enter or a click) that opens that buyer's conversation; a
 * mousedown leaves the caret in the chat input, as every button of the bar does.
 */
export function WaitingQueueList({
  rows,
  lang,
  limit,
  onOpen,
}: {
  rows: readonly QueueRow[];
  lang: UiLanguage;
  /** How many rows to show; the rest are counted. */
  limit?: number;
  onOpen: (row: QueueRow) => void;
}) {
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  const hidden = rows.length - shown.length;
  return (
    <>
      <ul className="hs-queue" aria-label={t(lang, 'queue.label')} data-testid="waiting-queue">
        {shown.map((row) => {
          const client = clientName(lang, row.site);
          const wait = formatWait(row.waitedMs);
          const level = t(lang, `queue.level.${waitLabel(row.waitedMs, row.thresholdSeconds)}`);
          return (
            <li key={buyerIdOf(row)}>
              <button
                type="button"
                className="hs-queue__buyer"
                data-testid="waiting-buyer"
                data-site={row.site}
                data-key={row.key}
                data-level={row.level}
                aria-label={t(lang, 'queue.open', { name: row.name, client, wait, level })}
                onMouseDown={keepFocusWhereItIs}
                onClick={() => onOpen(row)}
              >
                <span className="hs-queue__name">{row.name}</span>
                <span className="hs-queue__client">{client}</span>
                <span className="hs-queue__wait">{wait}</span>
                {row.level === 'ok' ? null : <span className="hs-queue__level">{level}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? (
        <p className="hs-queue__more" data-testid="waiting-queue-more">
          {t(lang, 'queue.more', { count: hidden })}
        </p>
      ) : null}
    </>
  );
}
