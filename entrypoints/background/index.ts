import { z } from 'zod';
import { defineBackground } from 'wxt/utils/define-background';

z.config({ jitless: true });

export default defineBackground(() => {});
