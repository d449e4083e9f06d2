/**
 * Encodes text as GB18030, the way Chinese Excel saves "CSV" — for writing test fixtures only
 * (the extension only ever decodes). Node's TextEncoder writes UTF-8 alone, so the table is
 * built by decoding every two-byte GBK sequence once; characters outside it throw.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  const built = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !built.has(char)) built.set(char, [lead, trail]);
    }
  }
  table = built;
  return built;
}

export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (!pair) throw new Error(`"${char}" (U+${code.toString(16)}) has no two-byte GB18030 code; keep fixtures to GBK characters`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
