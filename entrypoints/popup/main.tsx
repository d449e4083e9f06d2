// First import: zod must be jitless before any module below creates a schema. It must be the one
// module every extension page shares: Vite moves code shared by popup and demo (zod, the schemas)
// into a common chunk that runs before either page's own code, so a per-page config would run
// too late; a shared module lands in that chunk ahead of the schemas.
import '../../utils/schemas/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installErrorLog } from '../../utils/diagnostics/install-error-log';
import { PopupApp } from '../../components/popup/PopupApp';
import { I18nProvider } from '../../components/i18n/i18n-provider';
import { createPopupServices } from './popup-services';

installErrorLog('popup');

const root = document.getElementById('root');
if (!root) throw new Error('popup.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <PopupApp services={createPopupServices(new URL(location.href))} />
    </I18nProvider>
  </StrictMode>,
);
