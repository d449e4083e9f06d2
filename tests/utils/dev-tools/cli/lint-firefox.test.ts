import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAINED_WARNINGS, explain } from '../../../../utils/dev-tools/cli/lint-firefox';

const ZOD_PROBE = 'var v=i(()=>{if(A.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});';
const REACT_INNER_HTML = 'case`dangerouslySetInnerHTML`:if(r!=null){if(n=r.__html,n!=null){o?.__html!==n&&(e.innerHTML=n)}}break;';

/** antd's CSS-in-JS (both of its writes), and echarts' HTML tooltip and connected-SVG export, as they appear minified. */
const ANTD_STYLE = 'function Ln(e,t={}){let{csp:n}=t,s=document.createElement(`style`);n?.nonce&&(s.nonce=n?.nonce),s.innerHTML=e;return s}';
const ANTD_UPDATE = 'if(o)return a.csp?.nonce&&o.nonce!==a.csp?.nonce&&(o.nonce=a.csp?.nonce),o.innerHTML!==e&&(o.innerHTML=e),o;';
const ECHARTS_TOOLTIP = 'e.prototype.setContent=function(e,t,n,r,i){var a=this.el;if(e==null)a.innerHTML=``;else{a.innerHTML=e+o}}';
const ECHARTS_SVG = 'F(u,function(e){_+=e.dom}),g.painter.getSvgRoot().innerHTML=_,g.refreshImmediately()';

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

  it('explains antd’s style writes and echarts’ tooltip and SVG export, and only those', () => {
    const lines = [ANTD_STYLE, ANTD_UPDATE, ECHARTS_TOOLTIP, ECHARTS_SVG];
    const dir = buildWith(lines.join('\n'));
    const at = (line: number, needle: string, nth = 0) => {
      const text = lines[line - 1] ?? '';
      let index = text.indexOf(needle);
      for (let skip = 0; skip < nth; skip += 1) index = text.indexOf(needle, index + 1);
      return explain(dir, { code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'background.js', line, column: index + 1 })?.why ?? '';
    };
    expect(at(1, 's.innerHTML')).toContain('antd');
    expect(at(2, 'o.innerHTML=e')).toContain('antd');
    expect(at(3, 'a.innerHTML', 1)).toContain('echarts');
    expect(at(4, 'g.painter')).toContain('echarts');
    // An innerHTML next to a style element but fed from elsewhere, or outside a tooltip, is not waved through.
    const strayCode = 'let s=document.createElement(`style`);el.innerHTML=chatText;';
    const stray = buildWith(strayCode);
    expect(explain(stray, { code: 'UNSAFE_VAR_ASSIGNMENT', message: '', file: 'background.js', line: 1, column: strayCode.indexOf('el.') + 1 })).toBeUndefined();
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
