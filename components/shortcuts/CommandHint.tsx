import { INSERT_FIRST_SUGGESTION_COMMAND, OPEN_POPUP_COMMANDS } from '../../utils/schemas/command-names';
import { useI18n } from '../i18n/i18n-provider';
import { browserShortcutsServices, type ShortcutsServices } from './shortcuts-services';
import { useBoundCommands } from './use-bound-commands';

/**
 * The popup's reminder of the two browser shortcuts, with the keys the agent actually has (they
 * may have rebound them, or a clash left one unset). Nothing shows until the browser answered.
 */
export function CommandHint({ services = browserShortcutsServices }: { services?: Pick<ShortcutsServices, 'listCommands'> }) {
  const { t } = useI18n();
  const commands = useBoundCommands(services);
  if (!Array.isArray(commands) || commands.length === 0) return null;
  const keyOf = (names: readonly string[]) => commands.find((command) => names.includes(command.name))?.shortcut || t('shortcuts.unset');
  return (
    <span className="hs-popup__hint" data-testid="command-hint">
      {t('shortcuts.popupHint', { open: keyOf(OPEN_POPUP_COMMANDS), insert: keyOf([INSERT_FIRST_SUGGESTION_COMMAND]) })}
    </span>
  );
}
