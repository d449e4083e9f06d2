// First import: zod must be jitless before any module below creates a schema (see entrypoints/popup/main.tsx).
import '../../utils/schemas/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { installErrorLog } from '../../utils/diagnostics/install-error-log';
import { I18nProvider } from '../../components/i18n/i18n-provider';

installErrorLog('options');

const root = document.getElementById('root');
if (!root) throw new Error('options.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <OptionsApp />
    </I18nProvider>
  </StrictMode>,
);
