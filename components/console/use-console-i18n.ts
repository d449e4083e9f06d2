import '../../utils/i18n/console-messages';

/**
 * useI18n for the console's components: importing it brings the console's words (kept out of the
 * popup's bundle) into the table useI18n's `t` reads.
 */
export { useI18n } from '../i18n/i18n-provider';
