import { useEffect, useState } from 'react';
import { readInstalledPack } from '../../../utils/library/read-installed-pack';
import type { LibraryStatus } from '../../../utils/messaging/protocol';
import type { Pack } from '../../../utils/schemas/pack';
import type { OptionsServices } from '../../options/options-services';

/**
 * The installed packs, whole (their products and the phrases scoped to them), read again when
 * the library changes (a new status object: an import, a publish, an update in another tab).
 */
export function useInstalledPacks(services: OptionsServices, status: LibraryStatus | null): { packs: Pack[]; error: string | null } {
  const [packs, setPacks] = useState<Pack[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!status) return;
    let current = true;
    const db = services.library();
    Promise.all(status.packs.map((pack) => readInstalledPack(db, pack.id))).then(
      (read) => {
        if (!current) return;
        setPacks(read.flatMap((installed) => (installed ? [installed.pack] : [])));
        setError(null);
      },
      (caught: unknown) => current && setError(caught instanceof Error ? caught.message : String(caught)),
    );
    return () => {
      current = false;
    };
  }, [services, status]);

  return { packs, error };
}
