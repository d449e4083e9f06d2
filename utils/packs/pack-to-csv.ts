import { ORDER_STATE_LABELS } from '../schemas/order-state';
import { chineseCategoryLabels, chineseTopicLabels } from './category-labels';
import type { Pack } from '../schemas/pack';
import { csvText } from './csv-text';
import { productsToRows } from './products-to-rows';
import { EXPORT_HEADERS, HOLDING_LABEL, type SpreadsheetField } from './spreadsheet-columns';

/** The id first, as leads sort by it; then the columns in the order docs/design-notes.md ("Phrase spreadsheets") lists them. */
export const EXPORT_ORDER: readonly SpreadsheetField[] = [
  'id',
  'category',
  'topic',
  'text',
  'triggers',
  'shortcut',
  'tags',
  'requires',
  'products',
  'holding',
  'locked',
];

/** The columns a pack's export has: 适用商品 and 话术类型 only when a phrase uses them, so a format-2 pack exports as before. */
export function exportOrder(pack: Pack): SpreadsheetField[] {
  const scoped = pack.phrases.some((phrase) => phrase.products !== undefined);
  const holding = pack.phrases.some((phrase) => phrase.holding === true);
  return EXPORT_ORDER.filter((field) => (field === 'products' ? scoped : field === 'holding' ? holding : true));
}

/**
 * A pack as the spreadsheet a lead keeps: one row per phrase, Chinese headers, categories and
 * topics by their Chinese names, order states by theirs, lists joined with `|`, products by name
 * (their own sheet: packProductsToCsv, packToXlsx). Wording rules,
 * custom sites, topics' English labels and the pack's metadata have no column: they travel in
 * the JSON export only.
 */
export function packToRows(pack: Pack): string[][] {
  const order = exportOrder(pack);
  const labels = chineseCategoryLabels(pack);
  const topicLabels = chineseTopicLabels(pack);
  const locked = new Set(pack.locked.phrases);
  const rows = pack.phrases.map((phrase) =>
    order.map((field) => {
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
        case 'products':
          return (phrase.products ?? []).join('|');
        case 'holding':
          return phrase.holding === true ? HOLDING_LABEL : '';
        case 'locked':
          return locked.has(phrase.id) ? '是' : '';
      }
    }),
  );
  return [order.map((field) => EXPORT_HEADERS[field]), ...rows];
}

export function packToCsv(pack: Pack): string {
  return csvText(packToRows(pack));
}

/** The products sheet as the second CSV file of a format-3 pack's export (`--products` reads it back). */
export function packProductsToCsv(pack: Pack): string {
  return csvText(productsToRows(pack.products));
}

/** Pack files are written the same way everywhere: two-space indented, newline at the end. */
export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
