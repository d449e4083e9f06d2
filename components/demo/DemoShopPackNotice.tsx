import { useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';

/**
 * The strip under the demo's top bar that says whether the demo shop's products are in the
 * library, with the one button that changes it. Nothing is installed until it is pressed.
 */
export function DemoShopPackNotice({
  installed,
  productCount,
  onInstall,
  onRemove,
}: {
  installed: boolean;
  productCount: number;
  onInstall: () => Promise<void>;
  onRemove: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="demo-pack-notice" data-testid="demo-shop-pack" data-installed={installed} aria-label={t('demo.shopPack.label')}>
      <p className="demo-pack-notice__text" role="status">
        {installed ? t('demo.shopPack.installed', { count: productCount }) : t('demo.shopPack.missing', { count: productCount })}
        {failure ? <span className="demo-pack-notice__error"> {t('demo.shopPack.failed', { reason: failure })}</span> : null}
      </p>
      <button type="button" className="hs-button" disabled={busy} onClick={() => void run(installed ? onRemove : onInstall)}>
        {busy ? t('demo.shopPack.working') : installed ? t('demo.shopPack.remove') : t('demo.shopPack.install')}
      </button>
    </section>
  );
}
