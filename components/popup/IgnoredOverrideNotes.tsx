import { useI18n } from '../i18n/i18n-provider';
import type { InstalledPack } from '../../utils/schemas/installed-pack';
import { builtInAdapterVersion } from '../../utils/schemas/site-lists';
import { mirroredOverridesOf, overridesForClient } from '../../utils/schemas/site-override';

/**
 * On a client's tab: the installed packs' selector overrides for that client that this extension
 * does not use (written for another adapter version), each named with its pack and versions, so
 * an agent whose page reads badly knows the fix they were sent is not in effect.
 */
export function IgnoredOverrideNotes({ site, packs }: { site: string | null; packs: readonly InstalledPack[] }) {
  const { t } = useI18n();
  if (site === null) return null;
  const builtIn = builtInAdapterVersion(site);
  if (builtIn === undefined) return null;
  const { ignored } = overridesForClient(site, mirroredOverridesOf(packs));
  return (
    <>
      {ignored.map((entry) => (
        <p key={entry.packId} className="hs-popup__note" role="status" data-testid="override-ignored">
          {t(entry.state === 'ignored-older' ? 'popup.overrideIgnoredOlder' : 'popup.overrideIgnoredNewer', {
            pack: entry.packName,
            written: String(entry.override.adapterVersion),
            builtIn: String(builtIn),
          })}
        </p>
      ))}
    </>
  );
}
