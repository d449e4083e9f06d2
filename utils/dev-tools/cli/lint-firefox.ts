import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

/**
 * `npm run lint:firefox [build folder]`: runs Mozilla's addons-linter (what AMO runs on upload) on
 * the Firefox build, default .output/firefox-mv2 (or $FIREFOX_EXTENSION_DIR). Fails on any error,
 * and on any warning not explained below — each explanation checks the code the warning points
 * at, so a new eval or innerHTML elsewhere is never waved through. The reviewer-facing text is
 * docs/store/firefox-review-notes.md. Offline and a few seconds: part of `npm test`.
 */

const messageSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().nullish(),
  column: z.number().nullish(),
});
type LinterMessage = z.infer<typeof messageSchema>;

const reportSchema = z.looseObject({
  summary: z.object({ errors: z.number(), notices: z.number(), warnings: z.number() }),
  errors: z.array(messageSchema),
  notices: z.array(messageSchema),
  warnings: z.array(messageSchema),
});

interface Explanation {
  code: string;
  why: string;
  /** Whether the code at the warning's place is the one explained (`before` ends at the spot). */
  fits(before: string, after: string): boolean;
}

export const EXPLAINED_WARNINGS: readonly Explanation[] = [
  {
    code: 'DANGEROUS_EVAL',
    why: 'zod 4’s JIT probe `Function("")`; never reached: every entrypoint sets z.config({ jitless: true }) first, and the CSP forbids eval anyway',
    fits: (before, after) => after.startsWith('Function(``)') && /jitless\|\|[^;]{0,160}\)return!1;try\{return $/.test(before),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'React DOM’s (extension pages) or Preact’s (content script) implementation of `dangerouslySetInnerHTML`, which our code never uses (tests/manifest/built-code.test.ts checks the source)',
    fits: (before, after) => /^[\w$]+\.innerHTML=/.test(after) && before.slice(-300).includes('dangerouslySetInnerHTML'),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'antd’s CSS-in-JS (@rc-component/util dynamicCSS) writing the stylesheet it generates from the theme into its own <style> element (options page only)',
    fits: (before, after) =>
      /^[\w$]+\.innerHTML=[\w$]+[;),]/.test(after) &&
      before.slice(-400).includes('nonce') &&
      (before.slice(-400).includes('createElement(`style`)') || /\.innerHTML!==[\w$]+&&\($/.test(before)),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'echarts’ HTML tooltip (the team charts draw their tooltips as SVG text, renderMode richText, so it is never created) and its export of connected charts as one SVG (never called)',
    fits: (before, after) =>
      (/^[\w$]+\.innerHTML=/.test(after) && before.slice(-500).includes('.prototype.setContent=function')) ||
      /^[\w$]+\.painter\.getSvgRoot\(\)\.innerHTML=/.test(after),
  },
];

/** The text of `file` before and from a linter position (1-based line and column). */
function codeAround(buildDir: string, message: LinterMessage): { before: string; after: string } | null {
  if (!message.file || !message.line || message.column == null) return null;
  const path = join(buildDir, message.file);
  if (!existsSync(path)) return null;
  const line = readFileSync(path, 'utf8').split('\n')[message.line - 1] ?? '';
  return { before: line.slice(0, message.column - 1), after: line.slice(message.column - 1) };
}

export function explain(buildDir: string, message: LinterMessage): Explanation | undefined {
  const around = codeAround(buildDir, message);
  if (!around) return undefined;
  return EXPLAINED_WARNINGS.find((explanation) => explanation.code === message.code && explanation.fits(around.before, around.after));
}

async function runLinter(buildDir: string): Promise<z.infer<typeof reportSchema>> {
  const bin = join(createRequire(import.meta.url).resolve('addons-linter/package.json'), '..', 'bin', 'addons-linter');
  // The linter exits non-zero when it finds errors; its JSON report is what we read either way.
  const output = await promisify(execFile)(process.execPath, [bin, '--output', 'json', buildDir], { maxBuffer: 32 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const start = output.stdout.indexOf('{');
  return reportSchema.parse(JSON.parse(output.stdout.slice(start)));
}

function where(message: LinterMessage): string {
  return [message.file ?? 'manifest', message.line, message.column].filter((part) => part != null).join(':');
}

async function main(): Promise<void> {
  const buildDir = resolve(process.argv[2] ?? process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${buildDir}: run "npm run build" first`);
  }
  const report = await runLinter(buildDir);
  let unexplained = 0;
  for (const error of report.errors) console.log(`ERROR    ${error.code} ${where(error)} — ${error.message}`);
  for (const warning of report.warnings) {
    const explanation = explain(buildDir, warning);
    if (!explanation) unexplained += 1;
    console.log(`WARNING  ${warning.code} ${where(warning)} — ${explanation ? `explained: ${explanation.why}` : `UNEXPLAINED: ${warning.message}`}`);
  }
  for (const notice of report.notices) console.log(`NOTICE   ${notice.code} ${where(notice)} — ${notice.message}`);

  const { errors, warnings, notices } = report.summary;
  console.log(`addons-linter on ${buildDir}: ${errors} errors, ${warnings} warnings (${warnings - unexplained} explained in docs/store/firefox-review-notes.md), ${notices} notices`);
  if (errors > 0 || unexplained > 0) process.exitCode = 1;
}

// Run as a command, not when a test imports `explain`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
