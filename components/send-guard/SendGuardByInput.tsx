import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import { panelPosition, type PanelPosition } from '../../utils/guard/panel-position';
import type { SendGuard } from '../../utils/guard/send-guard';
import type { UiLanguage } from '../../utils/schemas/settings';
import type { WordingFinding } from '../../utils/schemas/risky-wording-finding';
import { SendGuardPanel } from './SendGuardPanel';

/**
 * Until it has been measured (before the first paint), the panel is laid out but transparent, so
 * it never flashes elsewhere. Not `visibility: hidden`: that would refuse the focus a stopped send
 * gives its first button.
 */
const UNPLACED: CSSProperties = { top: 0, left: 0, opacity: 0 };

/**
 * The guard's panel wired to a running guard and kept by the reply box (fixed position, placed
 * again on scroll and resize). The same component runs in the content script's shadow root and
 * on the demo page.
 */
export function SendGuardByInput({ guard, lang }: { guard: SendGuard; lang: UiLanguage }) {
  const view = useSyncExternalStore(guard.subscribe, guard.view);
  const [replaceFailed, setReplaceFailed] = useState(false);
  const [position, setPosition] = useState<PanelPosition | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const shown = view.status !== 'hidden';

  const place = useCallback(() => {
    const input = guard.input();
    const element = panel.current;
    const win = input?.ownerDocument.defaultView;
    if (!input || !element || !win) return;
    setPosition(panelPosition(input.getBoundingClientRect(), element.offsetHeight, { width: win.innerWidth, height: win.innerHeight }));
  }, [guard]);

  useLayoutEffect(() => {
    if (shown) place();
  }, [view, shown, replaceFailed, place]);

  useEffect(() => {
    const win = guard.input()?.ownerDocument.defaultView;
    if (!shown || !win) return;
    const options = { capture: true, passive: true };
    win.addEventListener('resize', place, options);
    // Capture: any of the page's scrolling panes may carry the reply box along.
    win.addEventListener('scroll', place, options);
    return () => {
      win.removeEventListener('resize', place, options);
      win.removeEventListener('scroll', place, options);
    };
  }, [guard, shown, place]);

  useEffect(() => setReplaceFailed(false), [view]);

  const replace = (finding: WordingFinding) => void guard.replace(finding).then((changed) => setReplaceFailed(!changed));
  const style = position ? { top: position.top, left: position.left, width: position.width } : UNPLACED;

  return (
    <SendGuardPanel
      view={view}
      lang={lang}
      onReplace={replace}
      onSendAnyway={() => void guard.sendAnyway()}
      onCancel={guard.cancel}
      replaceFailed={replaceFailed}
      style={style}
      panelRef={panel}
    />
  );
}
