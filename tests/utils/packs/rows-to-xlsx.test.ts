import { describe, expect, it } from 'vitest';
import { packToRows } from '../../../utils/packs/pack-to-csv';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { readXlsxRows } from '../../../utils/packs/read-xlsx';
import { rowsToXlsx } from '../../../utils/packs/rows-to-xlsx';
import { TEAM_PACK } from '../team-draft/draft-pack';

describe('a pack as an .xlsx workbook', () => {
  it('is read back by the importer as the same phrases, topics and locks', async () => {
    const bytes = rowsToXlsx(packToRows(TEAM_PACK), TEAM_PACK.name);
    const parsed = await parseImportFile(bytes, { fileName: 'team-shop-1.0.0.xlsx', id: TEAM_PACK.id, version: TEAM_PACK.version });

    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.pack.phrases).toEqual(TEAM_PACK.phrases);
    expect(parsed.pack.locked.phrases).toEqual(['greet-001']);
  });

  it('keeps text that looks like a formula, XML characters and empty cells as written', async () => {
    const rows = [
      ['话术编号', '话术'],
      ['a-1', '=1+1 <b>&"'],
      ['a-2', ''],
    ];
    const { rows: read, sheetName } = await readXlsxRows(rowsToXlsx(rows, '茶'));

    expect(sheetName).toBe('茶');
    expect(read[1]?.[1]).toBe('=1+1 <b>&"');
    expect(read[2]?.[0]).toBe('a-2');
    expect(read[2]?.[1] ?? null).toBeNull();
  });
});
