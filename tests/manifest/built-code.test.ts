import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR, loadBuild } from './build-output';
import { unexplainedEvalSites } from './eval-scan';

/** No eval in the shipped code (see eval-scan.ts for the documented zod exception). */
describe.each([
  ['Chrome/Edge', loadBuild(CHROME_DIR)],
  ['Firefox', loadBuild(FIREFOX_DIR)],
])('the %s build’s code', (_name, build) => {
  const scripts = build.files.filter((file) => file.endsWith('.js'));

  it('has JavaScript to check', () => {
    expect(scripts.length).toBeGreaterThan(2);
  });

  it.each(scripts)('%s evaluates no strings as code (beyond zod’s guarded JIT)', (file) => {
    expect(unexplainedEvalSites(build.read(file))).toEqual([]);
  });

  it.each(scripts)('%s loads no code from the network', (file) => {
    const code = build.read(file);
    expect(code).not.toMatch(/\bimportScripts\s*\(\s*["'`]https?:/);
    expect(code).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
  });

  // A worker may not load a script after it started (import() is refused, importScripts() too
  // once installed): a module the worker runs on first use (pinyin-pro, utils/picker/) must stay
  // inside background.js, run through the bundler's initialiser, never split into a chunk.
  it('background.js is one script that imports nothing at run time', () => {
    expect(scripts).toContain('background.js');
    expect(build.read('background.js')).not.toMatch(/\bimport\s*\(|\bimportScripts\s*\(/);
  });
});

describe('the extension’s own source', () => {
  const sourceFiles = ['entrypoints', 'components', 'utils'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.split(/[\\/]/).includes('cli'))
      .map((entry) => join(entry.parentPath, entry.name)),
  );

  it('never writes HTML from strings (chat text is inserted as text, never markup)', () => {
    const offenders = sourceFiles.filter((file) =>
      /dangerouslySetInnerHTML|\.(?:innerHTML|outerHTML)\s*[+]?=(?!=)|insertAdjacentHTML\s*\(|document\.write\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    expect(sourceFiles.filter((file) => unexplainedEvalSites(readFileSync(file, 'utf8')).length > 0)).toEqual([]);
  });
});

describe('the eval scanner itself', () => {
  it.each([
    ['eval', 'var a=1;eval(code)'],
    ['new Function', 'return new Function("a","return a")'],
    ['a bare Function call', 'x=Function("return this")()'],
    ['an aliased Function', 'let F=Function;new F(body)'],
    ['a string timer', 'setTimeout("tick()",10)'],
  ])('catches %s', (_name, code) => {
    expect(unexplainedEvalSites(code)).toHaveLength(1);
  });

  it('lets zod’s guarded JIT through, and nothing else beside it', () => {
    const zodProbe = 'if(A.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}';
    expect(unexplainedEvalSites(zodProbe)).toEqual([]);
    expect(unexplainedEvalSites(`${zodProbe};eval(x)`)).toHaveLength(1);
    expect(unexplainedEvalSites('typeof x==`function`;Function.prototype.toString.call(f);x instanceof Function')).toEqual([]);
  });
});
