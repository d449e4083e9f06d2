import { expect, it } from 'vitest';
import { encodeGb18030 } from '../../../utils/dev-tools/cli/pack-gb18030';
import { decodeText } from '../../../utils/packs/decode-text';

const SAMPLE = '分类,话术\n问候,亲，在的～';

it('reads UTF-8 with and without a BOM, UTF-16 with a BOM, and GB18030', () => {
  const utf8 = new TextEncoder().encode(SAMPLE);
  const utf16le = new Uint8Array([0xff, 0xfe, ...Array.from(SAMPLE).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);

  expect(decodeText(utf8)).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: false });
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: true });
  expect(decodeText(utf16le)).toEqual({ text: SAMPLE, encoding: 'utf-16le', bom: true });
  expect(decodeText(encodeGb18030(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'gb18030', bom: false });
});
