import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * `npm run icons`: rasterises the one icon drawing (docs/store/icon.svg) into every size the
 * browsers and stores ask for. The PNGs are committed; run this after changing the drawing.
 * - public/icon/<size>.png: WXT puts them into the manifest's `icons` by their file names.
 * - docs/store/logo-300.png: the logo Edge Add-ons asks for (Chrome and AMO read the package).
 */

const SOURCE = resolve('docs/store/icon.svg');
export const EXTENSION_ICON_SIZES = [16, 32, 48, 96, 128] as const;

const targets = [
  ...EXTENSION_ICON_SIZES.map((size) => ({ size, file: resolve(`public/icon/${size}.png`) })),
  { size: 300, file: resolve('docs/store/logo-300.png') },
];

async function main(): Promise<void> {
  const svg = await readFile(SOURCE, 'utf8');
  for (const { size, file } of targets) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    console.log(`${size}×${size} → ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
