// First import: zod must be jitless before any module below creates a schema. It must be the one
// module every extension page shares: Vite moves code shared by popup and demo (zod, the schemas)
// into a common chunk that runs before either page's own code, so a per-page config would run
// too late; a shared module lands in that chunk ahead of the schemas.
import '../../utils/schemas/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installErrorLog } from '../../utils/diagnostics/install-error-log';
import { DemoChatApp } from '../../components/demo/DemoChatApp';
import { startDemoSendGuard } from '../../components/send-guard/demo-send-guard';
import { backgroundLibraryServices } from '../../components/services/background-library-services';
import { backgroundDemoShopPackServices } from '../../components/services/demo-shop-pack-services';
import { createDemoPlayer } from '../../utils/demo/demo-player';
import { DEMO_SCENARIOS } from '../../utils/demo/scenarios';
import { PRACTICE_SCENARIOS } from '../../utils/practice/practice-scenarios';
import { backgroundWordingCheckServices } from '../../components/risky-wording-check/wording-check-services';
import { I18nProvider } from '../../components/i18n/i18n-provider';
import { connectDemoPage } from './demo-page-connection';

installErrorLog('demo');

const root = document.getElementById('root');
if (!root) throw new Error('demo.html must contain <div id="root">');

// Try-it-now: the first buyer is already open and writes half a second after the page loads.
const player = createDemoPlayer(DEMO_SCENARIOS);
const firstScenario = DEMO_SCENARIOS[0];
if (firstScenario) player.open(firstScenario.id);
// Practice replies are checked by the background with the rules the send guard uses.
const practice = { scenarios: PRACTICE_SCENARIOS, checkReply: backgroundWordingCheckServices.checkDraft };

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <DemoChatApp player={player} library={backgroundLibraryServices} connectPage={connectDemoPage} startSendGuard={startDemoSendGuard} practice={practice} demoShopPack={backgroundDemoShopPackServices} />
    </I18nProvider>
  </StrictMode>,
);
