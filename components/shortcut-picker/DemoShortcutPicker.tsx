import { useEffect, useState } from 'react';
import { useI18n } from '../../utils/i18n/i18n-provider';
import type { ShortcutPicker } from '../../utils/picker/shortcut-picker';
import { startPageShortcutPicker } from '../../utils/picker/start-page-shortcut-picker';
import { demoAdapter } from '../../utils/sites/demo-adapter';
import { ShortcutPickerList } from './ShortcutPickerList';

const startOnDemoPage = (): ShortcutPicker => startPageShortcutPicker({ doc: document, adapter: demoAdapter });

/**
 * The demo page's reply box gets the same shortcut picker the content script runs on clients.
 * Started after the first render, so the textarea it watches exists; stopped on unmount.
 */
export function DemoShortcutPicker({ start = startOnDemoPage }: { start?: () => ShortcutPicker }) {
  const { lang } = useI18n();
  const [picker, setPicker] = useState<ShortcutPicker | null>(null);
  useEffect(() => {
    const running = start();
    setPicker(running);
    return () => {
      running.stop();
      setPicker(null);
    };
  }, [start]);
  return picker ? <ShortcutPickerList picker={picker} lang={lang} /> : null;
}
