import { browser } from 'wxt/browser';

/**
 * One value in `storage.local`, read with a fallback while nothing is stored. Callers parse what
 * they read (it may come from an older build or a hand edit), so the type is what they store.
 */
export interface LocalItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Called with the new value (the fallback once removed) after each change; returns the unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * The one way the code base keeps small state in `storage.local`: a thin typed wrapper, because
 * the chat page loads it too and a general storage library (areas, metadata, migrations, locks)
 * weighed ten times more in the content script than the few calls used here.
 */
export function defineLocalItem<T>(key: string, fallback: T): LocalItem<T> {
  return defineItem('local', key, fallback);
}

/**
 * The same in `storage.session`: kept while the browser runs, across the worker's restarts (an MV3
 * worker is stopped when idle), gone when the browser closes. Only the worker's own contexts read
 * it (Chrome keeps it from content scripts by default). Chrome 102+, Firefox 115+.
 */
export function defineSessionItem<T>(key: string, fallback: T): LocalItem<T> {
  return defineItem('session', key, fallback);
}

function defineItem<T>(areaName: 'local' | 'session', key: string, fallback: T): LocalItem<T> {
  const area = () => browser.storage[areaName];
  return {
    async getValue() {
      const stored: Record<string, unknown> = await area().get(key);
      return (stored[key] ?? fallback) as T;
    },
    async setValue(value) {
      await area().set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[key];
        if (changedArea === areaName && change) onChange((change.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
