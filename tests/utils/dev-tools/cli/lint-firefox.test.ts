import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAINED_WARNINGS, explain } from '../../../../utils/dev-tools/cli/lint-firefox';

const ZOD_PROBE = 'var v=i(()=>{if(A.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});';
const REACT_INNER_HTML = 'case`dangerouslySetInnerHTML`:if(r!=null){if(n=r.__html,n!=null){o?.__html!==n&&(e.innerHTML=n)}}break;';

function buildWith(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-firefox-'));
  writeFileSync(join(dir, 'background.js'), code);
  return dir;
}

describe('explaining addons-linter warnings to an AMO reviewer', () => {
  it('explains zod’s guarded JIT probe and React DOM’s innerHTML, at the exact code the linter points to', () => {
    const dir = buildWith(`${ZOD_PROBE}\n${REACT_INNER_HTML}`);
    const probeColumn = ZOD_PROBE.indexOf('Function(') + 1;
    const htmlColumn = REACT_INNER_HTML.indexOf('e.innerHTML') + 1;
    expect(explain(dir, { code: 'DANGEROUS_EVAL', message: '', file: 'background.js', line: 1, column: probeColumn })?.code).toBe('DANGEROUS_EVAL');
    expect(explain(dir, { code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'background.js', line: 2, column: htmlColumn })?.code).toBe(
      'UNSAFE_VAR_ASSIGNMENT',
    );
  });

  it('does not wave through a new eval or innerHTML somewhere else', () => {
    const code = 'x=Function("return this")();el.innerHTML=chatText;';
    const dir = buildWith(code);
    expect(explain(dir, { code: 'DANGEROUS_EVAL', message: '', file: 'background.js', line: 1, column: 3 })).toBeUndefined();
    expect(explain(dir, { code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'background.js', line: 1, column: code.indexOf('el.') + 1 })).toBeUndefined();
    expect(explain(dir, { code: 'MISSING_DATA_COLLECTION_PERMISSIONS', message: '', file: 'manifest.json' })).toBeUndefined();
  });

  it('every explained warning is in the review notes AMO reviewers read', () => {
    const notes = readFileSync('docs/store/firefox-review-notes.md', 'utf8');
    for (const { code } of EXPLAINED_WARNINGS) expect(notes).toContain(code);
  });
});
