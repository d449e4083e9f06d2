/**
 * The code points of many texts in one Int32Array: text i is points[starts[i] .. starts[i + 1]).
 * Building an index walks the code points of every trigger and phrase text several times;
 * one flat array instead of an array per text spares the garbage collector a million arrays.
 */
export interface CodePointRuns {
  points: Int32Array;
  starts: Uint32Array;
}

export function codePointRuns(texts: readonly string[]): CodePointRuns {
  let units = 0;
  for (const text of texts) units += text.length;
  const points = new Int32Array(units);
  const starts = new Uint32Array(texts.length + 1);
  let at = 0;
  texts.forEach((text, i) => {
    for (let unit = 0; unit < text.length; unit += 1) {
      const point = text.codePointAt(unit) ?? 0;
      points[at] = point;
      at += 1;
      if (point > 0xffff) unit += 1;
    }
    starts[i + 1] = at;
  });
  return { points: points.slice(0, at), starts };
}

export function runLength(runs: CodePointRuns, run: number): number {
  return (runs.starts[run + 1] ?? 0) - (runs.starts[run] ?? 0);
}
