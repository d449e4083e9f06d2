import { recordPageHealth, type PageHealthSighting } from '../diagnostics/page-health-log';
import type { PageHealth, PageStructureExport } from '../schemas/page-health';
import { readPageHealth } from '../sites/page-health-check';
import { pageStructureOf } from '../sites/page-structure';
import type { SiteAdapter } from '../sites/site-adapter';
import { INITIAL_SETTLE, settleReading } from './page-health-settle';

/**
 * Watches whether a stock client's page still matches the client's adapter, records a settled
 * failure locally (utils/diagnostics/page-health-log.ts), tells the popup (`readPageHealth`) and
 * builds the structure export (`exportPageStructure`). Looks again often while a verdict is
 * being timed, seldom once it settled (a look reads the thread, as the popup does).
 */
export interface PageHealthMonitor {
  /** Looks now and says what the popup should show. */
  current(): PageHealth;
  /** The structure-only snapshot of the chat area (format: utils/schemas/page-health.ts). */
  exportStructure(now?: Date): PageStructureExport;
  stop(): void;
}

export interface PageHealthMonitorOptions {
  /** The stock client's own adapter (not the generic fallback behind it); null on other pages. */
  client: SiteAdapter | null;
  doc: Document;
  /** The extension version, written into records and exports. */
  version: string;
  record?: (sighting: PageHealthSighting) => unknown;
  now?: () => number;
  /** Look again after `ok` once the verdict settled, after `unsettled` while it is being timed. */
  intervals?: { ok: number; unsettled: number };
  signal?: AbortSignal;
}

const INTERVALS = { ok: 15_000, unsettled: 1_500 };

const NOT_A_CLIENT: PageHealth = { client: null, status: 'no-chat', failed: [], genericFallback: false };

export function startPageHealthMonitor({
  client,
  doc,
  version,
  record = recordPageHealth,
  now = Date.now,
  intervals = INTERVALS,
  signal,
}: PageHealthMonitorOptions): PageHealthMonitor {
  let settle = INITIAL_SETTLE;
  let last: PageHealth = client ? { client: client.id, status: 'checking', failed: [], genericFallback: false } : NOT_A_CLIENT;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function look(): PageHealth {
    if (!client || stopped) return last;
    const reading = readPageHealth(client, doc);
    const time = now();
    const step = settleReading(settle, reading, time);
    settle = step.state;
    if (step.record) void Promise.resolve(record({ client: client.id, ...step.record, version, time })).catch(() => undefined);
    last = { client: client.id, status: step.status, failed: reading.failed, genericFallback: reading.genericFallback };
    return last;
  }

  function schedule(): void {
    if (stopped || !client) return;
    timer = setTimeout(() => {
      try {
        look();
      } catch {
        // a look must never reach the page
      }
      schedule();
      // Fast only while a verdict is being timed: a settled page (read well, changed and recorded,
      // or no chat at all — a client's other pages) is looked at seldom.
    }, last.status === 'checking' ? intervals.unsettled : intervals.ok);
  }

  function stop(): void {
    stopped = true;
    clearTimeout(timer);
  }
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  schedule();

  return {
    current: look,
    exportStructure(at = new Date()) {
      if (!client) throw new Error('导出页面结构只适用于已支持的客服平台 / the page structure export is for the supported chat clients only');
      const health = look();
      const structure = pageStructureOf(doc, client);
      // Parsed against pageStructureExportSchema on its way out (answerPageRequest) and in the popup.
      return { format: 1, client: client.id, version, exportedAt: at.toISOString(), failed: health.failed, ...structure };
    },
    stop,
  };
}
