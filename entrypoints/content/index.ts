import { z } from 'zod';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLIENT_MATCH_PATTERNS } from '../../utils/sites/match-patterns';

z.config({ jitless: true });

export default defineContentScript({
  matches: [...CLIENT_MATCH_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  main() {},
});
