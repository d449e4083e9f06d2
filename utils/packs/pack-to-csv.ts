import { ORDER_STATE_LABELS } from '../schemas/order-state';
import { chineseCategoryLabels, chineseTopicLabels } from './category-labels';
import type { Pack } from '../schemas/pack';
import { csvText } from './csv-text';
import { EXPORT_HEADERS, type SpreadsheetField } from './spreadsheet-columns';

/** The id first, as leads sort by it; then the columns in the order docs/design-notes.md ("Phrase spreadsheets") lists them. */
export const EXPORT_ORDER: readonly SpreadsheetField[] = ['id', 'category', 'topic', 'text', 'triggers', 'shortcut', 'tags', 'requires', 'locked'];

/**
 * A pack as the spreadsheet a lead keeps: one row per phrase, Chinese headers, categories and
 * topics by their Chinese names, order states by theirs, lists joined with `|`. Wording rules,
 * custom sites, topics' English labels and the pack's metadata have no column: they travel in
 * the JSON export only.
 */
export function packToRows(pack: Pack): string[][] {
  const labels = chineseCategoryLabels(pack);
  const topicLabels = chineseTopicLabels(pack);
  const locked = new Set(pack.locked.phrases);
  const rows = pack.phrases.map((phrase) =>
    EXPORT_ORDER.map((field) => {
      switch (field) {
        case 'id':
          return phrase.id;
        case 'category':
          return labels.get(phrase.category) ?? phrase.category;
        case 'text':
          return phrase.text;
        case 'triggers':
          return phrase.triggers.join('|');
        case 'shortcut':
          return phrase.shortcut ?? '';
        case 'tags':
          return phrase.tags.join('|');
        case 'topic':
          return phrase.topic === undefined ? '' : (topicLabels.get(phrase.topic) ?? phrase.topic);
        case 'requires':
          return (phrase.requires ?? []).map((state) => ORDER_STATE_LABELS[state]['zh-CN']).join('|');
        case 'locked':
          return locked.has(phrase.id) ? '是' : '';
      }
    }),
  );
  return [EXPORT_ORDER.map((field) => EXPORT_HEADERS[field]), ...rows];
}

export function packToCsv(pack: Pack): string {
  return csvText(packToRows(pack));
}

/** Pack files are written the same way everywhere: two-space indented, newline at the end. */
export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
