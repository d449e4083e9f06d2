import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { InsertPhrase } from '../../utils/page/phrase-insertion';
import type { ShortcutPicker } from '../../utils/picker/shortcut-picker';
import { startPageShortcutPicker } from '../../utils/picker/start-page-shortcut-picker';
import { demoAdapter } from '../../utils/sites/demo-adapter';
import { ShortcutPickerList } from './ShortcutPickerList';

const startOnDemoPage = (insertPhrase: InsertPhrase): ShortcutPicker => startPageShortcutPicker({ doc: document, adapter: demoAdapter, insertPhrase });

/**
 * The demo page's reply box gets the same shortcut picker the content script runs on clients,
 * inserting through the demo page session's one insertion path (so practice mode counts a
 * picked phrase like any other). Started after the first render, so the textarea it watches
 * exists; stopped on unmount.
 */
export function DemoShortcutPicker({
  insertPhrase,
  start = startOnDemoPage,
}: {
  insertPhrase: InsertPhrase;
  start?: (insertPhrase: InsertPhrase) => ShortcutPicker;
}) {
  const { lang } = useI18n();
  const [picker, setPicker] = useState<ShortcutPicker | null>(null);
  useEffect(() => {
    const running = start(insertPhrase);
    setPicker(running);
    return () => {
      running.stop();
      setPicker(null);
    };
  }, [start, insertPhrase]);
  return picker ? <ShortcutPickerList picker={picker} lang={lang} /> : null;
}
