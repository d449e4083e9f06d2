import type { PageHealthRecord } from '../../utils/schemas/page-health';
import { clearPageHealthLog, readPageHealthLog, watchPageHealthLog } from '../../utils/diagnostics/page-health-log';

/** What the page-health view needs; the options page passes the real one, tests a fake. */
export interface PageHealthLogServices {
  load(): Promise<PageHealthRecord[]>;
  watch(onChange: (records: PageHealthRecord[]) => void): () => void;
  clear(): Promise<void>;
}

export const localPageHealthLogServices: PageHealthLogServices = {
  load: readPageHealthLog,
  watch: watchPageHealthLog,
  clear: clearPageHealthLog,
};
