import { useEffect, useState } from 'react';
import type { BoundCommand, ShortcutsServices } from './shortcuts-services';

export type BoundCommandsState = BoundCommand[] | 'loading' | 'failed';

/**
 * The commands' current bindings, read again whenever the page comes back into view: the agent
 * changes them on the browser's own settings page, which tells the extension nothing.
 */
export function useBoundCommands(services: Pick<ShortcutsServices, 'listCommands'>): BoundCommandsState {
  const [commands, setCommands] = useState<BoundCommandsState>('loading');
  useEffect(() => {
    let current = true;
    const load = () =>
      services.listCommands().then(
        (listed) => current && setCommands(listed),
        () => current && setCommands('failed'),
      );
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    void load();
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [services]);
  return commands;
}
