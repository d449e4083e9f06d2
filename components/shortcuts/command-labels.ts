import { INSERT_FIRST_SUGGESTION_COMMAND, OPEN_POPUP_COMMANDS } from '../../utils/schemas/command-names';

/** Our own label for a command, in the page's language (the browser's is in the browser's language). */
export function commandLabelKey(name: string): 'shortcuts.command.openPopup' | 'shortcuts.command.insertFirst' | null {
  if (OPEN_POPUP_COMMANDS.includes(name)) return 'shortcuts.command.openPopup';
  if (name === INSERT_FIRST_SUGGESTION_COMMAND) return 'shortcuts.command.insertFirst';
  return null;
}
