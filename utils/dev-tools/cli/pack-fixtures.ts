import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { encodeGb18030 } from './pack-gb18030';

/**
 * npx tsx utils/dev-tools/cli/pack-fixtures.ts
 * Writes the committed sample files in tests/fixtures/packs/ — the same tea-shop spreadsheet as
 * Excel saves it in each format (CSV UTF-8, CSV UTF-8 with BOM, CSV GB18030, XLSX), its next
 * version, an English-header sheet, a broken sheet, and a 10,000-phrase workbook. Rerun after
 * changing the rows below and commit the files; the tests read only the committed files.
 */

const OUT_DIR = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'packs');

type Row = readonly string[];

const HEADER: Row = ['编号', '分类', '话术', '买家问法', '快捷编码', '标签', '锁定', '备注'];

/** Version 1 of the tea shop's sheet, as its lead keeps it (one blank line, one two-line cell). */
const TEA_SHOP_V1: readonly Row[] = [
  HEADER,
  ['greet-001', '问候', '亲，在的～欢迎光临{店铺名}，有什么可以帮您？', '在吗|有人吗、你好', 'hy', '开场', '是', '主管定稿'],
  ['brew-001', '冲泡方法', '亲，绿茶建议用80度左右的水冲泡，第一泡十几秒就可以出汤啦～', '怎么泡|水温多少', 'pf', '', '', ''],
  ['brew-002', '冲泡方法', '亲，冷泡也可以的，放冰箱四个小时左右就能喝啦～', '能冷泡吗', '', '', '', ''],
  [],
  ['ship-001', '发货', '亲，今天下午四点前付款的订单当天就能发出哦～', '什么时候发货|几点发货', 'fh', '', '', ''],
  ['ship-002', '物流', '亲，默认发中通快递，偏远地区可能会慢一两天，请您耐心等待～', '发什么快递', '', '', '', ''],
  ['bargain-001', '讨价还价', '亲，我们已经是活动价啦，满两盒再送您一包试饮装～', '能便宜点吗|少点吧', 'yj', '', '', ''],
  ['after-001', '售后', '亲，收到茶叶有任何问题都可以联系我们，受潮破损包退换哦～', '茶叶受潮了|包装破了', 'sh', '', '是', ''],
  ['gift-001', '礼盒包装', '亲，礼盒装自带手提袋，送人很有面子的～', '有礼盒吗|送人用', 'lh', '送礼', '', ''],
  ['farewell-001', '告别', '感谢亲的支持，祝您生活愉快～', '好的谢谢|没问题了', 'zb', '', '', ''],
  ['taste-001', '商品咨询', '亲，老顾客都说这款"清香回甘"，\n需要的话我帮您下单。', '好喝吗', '', '', '', ''],
];

/** Version 2: brew-001 reworded, after-001 asked differently, ship-002 gone, brew-003 new, the blank line tidied away. */
const TEA_SHOP_V2: readonly Row[] = TEA_SHOP_V1.flatMap((row): Row[] => {
  const [id] = row;
  if (row.length === 0 || id === 'ship-002') return [];
  if (id === 'brew-001') return [withCell(row, 2, '亲，绿茶用80度的水，红茶用95度左右的水冲泡口感最好哦～')];
  if (id === 'after-001') return [withCell(row, 3, '茶叶受潮了|包装破了|茶叶发霉')];
  if (id === 'brew-002') return [row, ['brew-003', '冲泡方法', '亲，一克茶叶配50毫升水，浓淡可以按口味调哦～', '放多少茶叶|泡多浓', 'cl', '', '', '']];
  return [row];
});

function withCell(row: Row, index: number, value: string): Row {
  return row.map((cell, at) => (at === index ? value : cell));
}

/** A lead who keeps English headers, no ids, and a column of notes. */
const ENGLISH_HEADERS: readonly Row[] = [
  ['Category', 'Text', 'Triggers', 'Shortcut', 'Tags', 'Notes'],
  ['greeting', 'Hi there! How can I help you today?', 'hello|anyone there', 'hi', 'opening', 'checked'],
  ['Shipping', 'Orders paid before 4 pm ship the same day.', 'when will it ship', 'ship', '', ''],
  ['Tea care', 'Keep the tea sealed, dry and away from light.', 'how to store', '', '', ''],
];

/** One problem per row, each in a different column (row numbers as Excel shows them). */
const BROKEN: readonly Row[] = [
  ['编号', '分类', '话术', '买家问法', '快捷编码', '锁定'],
  ['ok-001', '问候', '亲，在的～', '在吗', 'zd', ''], // row 2: fine
  ['no-category', '', '亲，这条没有分类', '', '', ''], // row 3: 分类 empty
  ['no-text', '售后', '', '', '', ''], // row 4: 话术 empty
  ['bad-placeholder', '催付', '亲，用{优惠券}付款更划算哦', '', '', ''], // row 5: unknown placeholder
  ['bad-shortcut', '发货', '亲，已经发货啦～', '', '快捷!', ''], // row 6: shortcut characters
  ['bad-lock', '告别', '感谢亲的支持～', '', '', '也许'], // row 7: locked value
  ['ok-001', '议价', '亲，已经是最低价啦～', '', '', ''], // row 8: id used in row 2
  ['bad id!', '发票', '亲，发票会随货寄出哦～', '', '', ''], // row 9: id characters
];

function csv(rows: readonly Row[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

async function xlsx(rows: readonly Row[], file: string): Promise<void> {
  // Blank rows are written as rows of empty cells so Excel's numbering below them stays true.
  const data = rows.map((row) => (row.length === 0 ? [null] : row.map((cell) => (cell === '' ? null : cell))));
  await writeXlsxFile(data, { sheet: '话术' }).toFile(join(OUT_DIR, file));
}

/** 10,000 phrases in the built-in categories and four series of the shop's own, deterministic. */
function largeSheet(count: number): Row[] {
  const labels = ['问候', '商品咨询', '议价', '催付', '发货', '售后', '发票', '告别'];
  const rows: Row[] = [['编号', '分类', '话术', '买家问法', '快捷编码']];
  for (let i = 1; i <= count; i++) {
    const label = i % 5 === 0 ? `系列${i % 20}` : (labels[i % labels.length] ?? '问候');
    const n = String(i).padStart(5, '0');
    rows.push([`p${n}`, label, `亲，这是第${i}条话术，关于${label}，编号${n}～`, `问题${i}|第${i}个问法`, `k${n}`]);
  }
  return rows;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const v1 = csv(TEA_SHOP_V1);
  writeFileSync(join(OUT_DIR, 'tea-shop-v1.csv'), v1, 'utf8');
  writeFileSync(join(OUT_DIR, 'tea-shop-v1-bom.csv'), `\ufeff${v1}`, 'utf8');
  writeFileSync(join(OUT_DIR, 'tea-shop-v1-gb18030.csv'), encodeGb18030(v1));
  await xlsx(TEA_SHOP_V1, 'tea-shop-v1.xlsx');
  await xlsx(TEA_SHOP_V2, 'tea-shop-v2.xlsx');
  writeFileSync(join(OUT_DIR, 'tea-shop-v2.csv'), csv(TEA_SHOP_V2), 'utf8');
  writeFileSync(join(OUT_DIR, 'english-headers.csv'), csv(ENGLISH_HEADERS), 'utf8');
  writeFileSync(join(OUT_DIR, 'broken.csv'), csv(BROKEN), 'utf8');
  await xlsx(BROKEN, 'broken.xlsx');
  await xlsx(largeSheet(10_000), 'large-10k.xlsx');
  process.stdout.write(`wrote the pack fixtures to ${OUT_DIR}\n`);
}

await main();
