import { INSERT_FIRST_SUGGESTION_COMMAND, OPEN_LONGEST_WAITING_COMMAND, OPEN_POPUP_COMMANDS } from '../../utils/schemas/command-names';

type CommandLabelKey = 'shortcuts.command.openPopup' | 'shortcuts.command.insertFirst' | 'shortcuts.command.openLongestWaiting';

/** Our own label for a command, in the page's language (the browser's is in the browser's language). */
export function commandLabelKey(name: string): CommandLabelKey | null {
  if (OPEN_POPUP_COMMANDS.includes(name)) return 'shortcuts.command.openPopup';
  if (name === INSERT_FIRST_SUGGESTION_COMMAND) return 'shortcuts.command.insertFirst';
  if (name === OPEN_LONGEST_WAITING_COMMAND) return 'shortcuts.command.openLongestWaiting';
  return null;
}
