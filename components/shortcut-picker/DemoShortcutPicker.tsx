import { useEffect, useRef, useState } from 'react';
import type { DemoPhraseInsertion } from '../demo/DemoChatApp';
import { useI18n } from '../../utils/i18n/i18n-provider';
import type { ShortcutPicker } from '../../utils/picker/shortcut-picker';
import { startPageShortcutPicker } from '../../utils/picker/start-page-shortcut-picker';
import { demoAdapter } from '../../utils/sites/demo-adapter';
import { ShortcutPickerList } from './ShortcutPickerList';

const startOnDemoPage = (onInserted: (insertion: DemoPhraseInsertion) => void): ShortcutPicker =>
  startPageShortcutPicker({ doc: document, adapter: demoAdapter, onInserted });

/**
 * The demo page's reply box gets the same shortcut picker the content script runs on clients.
 * Started after the first render, so the textarea it watches exists; stopped on unmount.
 */
export function DemoShortcutPicker({
  start = startOnDemoPage,
  onPhraseInserted,
}: {
  start?: (onInserted: (insertion: DemoPhraseInsertion) => void) => ShortcutPicker;
  /** Each phrase picked into the reply box (practice mode counts it). */
  onPhraseInserted?: (insertion: DemoPhraseInsertion) => void;
}) {
  const { lang } = useI18n();
  const [picker, setPicker] = useState<ShortcutPicker | null>(null);
  // Through a ref: a new callback must not restart the picker.
  const notify = useRef(onPhraseInserted);
  notify.current = onPhraseInserted;
  useEffect(() => {
    const running = start((insertion) => notify.current?.(insertion));
    setPicker(running);
    return () => {
      running.stop();
      setPicker(null);
    };
  }, [start]);
  return picker ? <ShortcutPickerList picker={picker} lang={lang} /> : null;
}
