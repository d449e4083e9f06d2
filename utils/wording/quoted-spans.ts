const PAIRED_QUOTES: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '＂': '＂', '"': '"' };

/**
 * Ranges of the original draft that sit inside quotation marks. A risky word in quotes is
 * usually mentioned, not used ("如果收到“好评返现”卡片，请忽略"). An unclosed quote runs to
 * the end of its line.
 */
export function findQuotedSpans(original: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let index = 0;
  while (index < original.length) {
    const open = original[index] ?? '';
    const close = PAIRED_QUOTES[open];
    if (close === undefined) {
      index++;
      continue;
    }
    let closeAt = original.indexOf(close, index + 1);
    const lineEnd = original.indexOf('\n', index + 1);
    if (closeAt === -1 || (lineEnd !== -1 && lineEnd < closeAt)) closeAt = lineEnd === -1 ? original.length : lineEnd;
    spans.push({ start: index + 1, end: closeAt });
    index = closeAt + 1;
  }
  return spans;
}

export function isInsideQuotes(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}
