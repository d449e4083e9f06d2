import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { BarOffset } from '../../utils/schemas/bar-state';
import type { UiLanguage } from '../../utils/schemas/settings';
import { t } from '../../utils/i18n/page-translate';
import { isImeComposing, keepFocusWhereItIs } from '../keyboard/ime';

const NUDGE_PX = 10;
const BIG_NUDGE_PX = 40;

function nudgeFor(event: KeyboardEvent<HTMLElement>): BarOffset | null {
  const step = event.shiftKey ? BIG_NUDGE_PX : NUDGE_PX;
  switch (event.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return null;
  }
}

/**
 * The bar's title, which moves it: drag it with the mouse, or focus it and use the arrow keys
 * (Shift for bigger steps); Home puts the bar back by the reply box. Pressing it never takes
 * the focus from the chat input.
 */
export function PageBarHandle({
  lang,
  onMove,
  onMoveEnd,
  onResetPosition,
}: {
  lang: UiLanguage;
  onMove: (delta: BarOffset) => void;
  onMoveEnd: () => void;
  onResetPosition: () => void;
}) {
  const drag = useRef<{ pointerId: number; x: number; y: number } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    if (event.button !== 0) return;
    drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const start = drag.current;
    if (!start || start.pointerId !== event.pointerId) return;
    const delta = { dx: event.clientX - start.x, dy: event.clientY - start.y };
    if (delta.dx === 0 && delta.dy === 0) return;
    drag.current = { ...start, x: event.clientX, y: event.clientY };
    onMove(delta);
  }

  function onPointerEnd(event: PointerEvent<HTMLButtonElement>) {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    onMoveEnd();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (isImeComposing(event) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Home') {
      event.preventDefault();
      onResetPosition();
      return;
    }
    const delta = nudgeFor(event);
    if (!delta) return;
    event.preventDefault();
    onMove(delta);
    onMoveEnd();
  }

  return (
    <button
      type="button"
      className="hs-bar__handle"
      data-testid="page-bar-handle"
      title={t(lang, 'pageBar.move')}
      aria-label={t(lang, 'pageBar.move')}
      onMouseDown={keepFocusWhereItIs}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    >
      <span className="hs-bar__grip" aria-hidden="true">
        ⋮⋮
      </span>
      {t(lang, 'pageBar.title')}
    </button>
  );
}
