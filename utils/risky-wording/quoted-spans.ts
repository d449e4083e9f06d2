const PAIRED_QUOTES: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '＂': '＂', '"': '"' };
/** Any opening quote: one regex scan, so a draft without quotes costs next to nothing. */
const OPENING_QUOTE = /[“‘「『＂"]/g;

/**
 * Ranges of the original draft that sit inside quotation marks. A risky word in quotes is
 * usually mentioned, not used ("如果收到“好评返现”卡片，请忽略"). An unclosed quote runs to
 * the end of its line.
 */
export function findQuotedSpans(original: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  OPENING_QUOTE.lastIndex = 0;
  for (let found = OPENING_QUOTE.exec(original); found; found = OPENING_QUOTE.exec(original)) {
    const index = found.index;
    const close = PAIRED_QUOTES[found[0]] ?? found[0];
    let closeAt = original.indexOf(close, index + 1);
    const lineEnd = original.indexOf('\n', index + 1);
    if (closeAt === -1 || (lineEnd !== -1 && lineEnd < closeAt)) closeAt = lineEnd === -1 ? original.length : lineEnd;
    spans.push({ start: index + 1, end: closeAt });
    OPENING_QUOTE.lastIndex = closeAt + 1;
  }
  OPENING_QUOTE.lastIndex = 0;
  return spans;
}

export function isInsideQuotes(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}
