import { useEffect, useState } from 'react';
import type { SendGuard } from '../../utils/guard/send-guard';

/**
 * Runs a send guard while the component is mounted (none without `start`). Started after the
 * first render, so the reply box and the send button it watches exist; stopped on unmount.
 */
export function useSendGuard(start: (() => SendGuard) | undefined): SendGuard | null {
  const [guard, setGuard] = useState<SendGuard | null>(null);
  useEffect(() => {
    if (!start) return;
    const running = start();
    setGuard(running);
    return () => {
      running.stop();
      setGuard(null);
    };
  }, [start]);
  return guard;
}
