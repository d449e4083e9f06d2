import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraftFully } from '../../../utils/risky-wording/check-draft-fully';
import { bundledDraftModels } from '../../../utils/dev-tools/eval/bundled-draft-models';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { parseEverydayFile } from '../../../utils/dev-tools/eval/risky-wording-eval';

const FOLDER = join(__dirname, '../../fixtures/eval/everyday');
/** docs/quality.md: a checker that cries wolf on one reply in two hundred gets switched off. */
const MAX_FALSE_ALARM_SHARE = 0.005;

describe('everyday agent replies (written blind, every one safe)', () => {
  const files = readdirSync(FOLDER).filter((name) => name.endsWith('.txt')).sort();
  const replies = files.flatMap((name) => parseEverydayFile(readFileSync(join(FOLDER, name), 'utf8')).map((reply) => ({ ...reply, file: name })));

  it('holds at least 1,500 replies', () => {
    expect(replies.length).toBeGreaterThanOrEqual(1500);
  });

  it(`flags at most ${MAX_FALSE_ALARM_SHARE * 100} % of them, warnings included`, () => {
    const rules = defaultCompiledWordingRules();
    const alarms = replies.filter((reply) => checkDraftFully(rules, reply.draft, undefined, bundledDraftModels()).length > 0).map((reply) => `${reply.file}:${reply.line} ${reply.draft}`);
    console.log(`[everyday] ${alarms.length} of ${replies.length} flagged (${((alarms.length / replies.length) * 100).toFixed(2)} %)`);
    expect(alarms.length / replies.length, alarms.join('\n')).toBeLessThanOrEqual(MAX_FALSE_ALARM_SHARE);
  });
});
