import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../utils/packs/parse-import-file';
import { packToXlsx } from '../../../utils/packs/pack-to-xlsx';
import { TEAM_PACK } from '../team-draft/draft-pack';

describe('a published team draft as an .xlsx workbook', () => {
  it('is read back by the importer as the same phrases, topics and locks', async () => {
    const bytes = packToXlsx(TEAM_PACK);
    const parsed = await parseImportFile(bytes, { fileName: 'team-shop-1.0.0.xlsx', id: TEAM_PACK.id, version: TEAM_PACK.version });

    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.pack.phrases).toEqual(TEAM_PACK.phrases);
    expect(parsed.pack.locked.phrases).toEqual(['greet-001']);
  });

});
