import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The builds under test: the SAME folders the end-to-end tests load ($EXTENSION_DIR, default
 * .output/chrome-mv3) and the Firefox build beside it ($FIREFOX_EXTENSION_DIR, default
 * <same parent>/firefox-mv2). `npm test` builds both before these tests run.
 */
export const CHROME_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export const FIREFOX_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? join(CHROME_DIR, '..', 'firefox-mv2'));

const stringList = z.array(z.string());

const contentScriptSchema = z.looseObject({
  matches: stringList,
  js: stringList.optional(),
  css: stringList.optional(),
  all_frames: z.boolean().optional(),
  match_about_blank: z.boolean().optional(),
  match_origin_as_fallback: z.boolean().optional(),
  world: z.string().optional(),
});

/** The manifest keys these tests read; anything else is still visible through `keys`. */
export const builtManifestSchema = z.looseObject({
  manifest_version: z.union([z.literal(2), z.literal(3)]),
  version: z.string(),
  icons: z.record(z.string(), z.string()).optional(),
  commands: z.record(z.string(), z.unknown()).optional(),
  permissions: stringList.optional(),
  host_permissions: stringList.optional(),
  optional_permissions: stringList.optional(),
  optional_host_permissions: stringList.optional(),
  content_scripts: z.array(contentScriptSchema).optional(),
  content_security_policy: z.union([z.string(), z.looseObject({ extension_pages: z.string().optional(), sandbox: z.string().optional() })]).optional(),
  web_accessible_resources: z
    .array(z.union([z.string(), z.looseObject({ resources: stringList, matches: stringList.optional(), extension_ids: stringList.optional() })]))
    .optional(),
  background: z.looseObject({ service_worker: z.string().optional(), scripts: stringList.optional(), page: z.string().optional() }).optional(),
  browser_specific_settings: z
    .looseObject({
      gecko: z
        .looseObject({
          id: z.string().optional(),
          data_collection_permissions: z.looseObject({ required: stringList.optional(), optional: stringList.optional() }).optional(),
        })
        .optional(),
    })
    .optional(),
});
export type BuiltManifest = z.infer<typeof builtManifestSchema>;

export interface Build {
  dir: string;
  manifest: BuiltManifest;
  /** Every file of the build, relative to its folder with `/`. */
  files: string[];
  read(file: string): string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

export function loadBuild(dir: string): Build {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`no build at ${dir}: run "npm run build" first (these tests check the build the end-to-end tests load)`);
  }
  return {
    dir,
    manifest: builtManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8'))),
    files: listFiles(dir),
    read: (file) => readFileSync(join(dir, file), 'utf8'),
  };
}
