import { callBackground } from '../messaging/page-background-client';
import { logQuietly } from './quiet-errors';

/**
 * The styles for our shadow roots on a chat page, asked of the worker once per page. Rules
 * written for `:root` (the theme's variables) apply to the shadow host instead, as WXT does for
 * its own stylesheet. Without an answer the UI still mounts, unstyled, rather than not at all,
 * and the next mount asks again.
 */
export function createPageUiCssLoader(ask: () => Promise<string> = () => callBackground('getPageUiCss')): () => Promise<string> {
  let loaded: Promise<string> | undefined;
  return () => {
    loaded ??= ask().then(
      (css) => css.replaceAll(':root', ':host'),
      (error: unknown) => {
        loaded = undefined;
        logQuietly('page UI styles', error);
        return '';
      },
    );
    return loaded;
  };
}

export const loadPageUiCss = createPageUiCssLoader();
