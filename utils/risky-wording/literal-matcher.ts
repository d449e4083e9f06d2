export interface LiteralHit<T> {
  readonly start: number;
  readonly end: number;
  readonly data: T;
}

export interface LiteralMatcher<T> {
  /** Every occurrence of every literal, overlaps included, in one pass over the text. */
  findAll(text: string): LiteralHit<T>[];
}

/**
 * All literals of a rule set in one Aho–Corasick automaton, so scanning a draft costs one pass
 * however many terms, anchors and exceptions the rules list. The same literal may appear in
 * several entries, each with its own data.
 *
 * Hits are those of modern-ahocorasick (the reference the tests compare with), in its order: by
 * end position; at one end, longest literal first; one literal's entries in the order given. It
 * matches whole grapheme clusters only. Normalised drafts nearly always hold only characters
 * that are a grapheme each (ASCII, CJK ideographs and punctuation, which no neighbour can join),
 * and there a plain automaton over UTF-16 units finds exactly its hits. In any other text the
 * same automaton runs, and a hit counts only where it starts and ends on a grapheme boundary of
 * the text (Intl.Segmenter, as modern-ahocorasick segments): a literal then spans whole
 * clusters, and a cluster boundary is a place where segmentation starts afresh, so the literal
 * splits into the very clusters the text has there. The chat page's send guard runs this, so
 * it bundles one automaton and no second matching library.
 */
export function createLiteralMatcher<T>(entries: readonly { readonly literal: string; readonly data: T }[]): LiteralMatcher<T> {
  const usable = entries.filter((entry) => entry.literal.length > 0);
  if (usable.length === 0) return { findAll: () => [] };
  const automaton = buildUnitAutomaton(usable.map((entry) => entry.literal));
  return {
    findAll(text) {
      if (text.length === 0) return [];
      const boundaries = isOneUnitPerGrapheme(text) ? null : graphemeBoundaries(text);
      const hits: LiteralHit<T>[] = [];
      automaton.scan(text, (entry, end) => {
        const found = usable[entry];
        if (!found) return;
        const start = end - found.literal.length;
        if (boundaries && (boundaries[start] !== 1 || boundaries[end] !== 1)) return;
        hits.push({ start, end, data: found.data });
      });
      return hits;
    },
  };
}

let graphemes: Intl.Segmenter | undefined;

/** 1 at every UTF-16 offset of `text` where a grapheme cluster starts, and at its end. */
function graphemeBoundaries(text: string): Uint8Array {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const boundaries = new Uint8Array(text.length + 1);
  for (const { index } of graphemes.segment(text)) boundaries[index] = 1;
  boundaries[text.length] = 1;
  return boundaries;
}

/**
 * True when every UTF-16 unit of `text` is a whole grapheme cluster whatever its neighbours:
 * printable ASCII, CJK symbols and punctuation, CJK ideographs (and extension A), and the
 * full-width comma the normaliser writes between clauses. None of these extends, joins or
 * prepends to another character.
 */
export function isOneUnitPerGrapheme(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) continue;
    if (unit >= 0x4e00 && unit <= 0x9fff) continue;
    if (unit >= 0x3400 && unit <= 0x4dbf) continue;
    if (unit >= 0x3000 && unit <= 0x303f && unit !== 0x302a && unit !== 0x302b && unit !== 0x302c && unit !== 0x302d && unit !== 0x302e && unit !== 0x302f) continue;
    if (unit === 0xff0c) continue;
    return false;
  }
  return true;
}

interface UnitAutomaton {
  /** Calls `found(entry, end)` for every occurrence, in modern-ahocorasick's order. */
  scan(text: string, found: (entry: number, end: number) => void): void;
}

/**
 * A classic Aho–Corasick automaton over UTF-16 units in typed arrays: children of a state are
 * its slice of `labels`/`targets` (labels ascending), the root's in a direct 64k table;
 * `outputs` links each state to the next shorter state that ends literals.
 */
function buildUnitAutomaton(literals: readonly string[]): UnitAutomaton {
  const children: Map<number, number>[] = [new Map()];
  const endsHere: number[][] = [[]];
  literals.forEach((literal, entry) => {
    let state = 0;
    for (let i = 0; i < literal.length; i += 1) {
      const unit = literal.charCodeAt(i);
      const node = children[state] ?? new Map<number, number>();
      let next = node.get(unit);
      if (next === undefined) {
        next = children.length;
        node.set(unit, next);
        children.push(new Map());
        endsHere.push([]);
      }
      state = next;
    }
    endsHere[state]?.push(entry);
  });

  const stateCount = children.length;
  const edgeStarts = new Uint32Array(stateCount + 1);
  children.forEach((node, state) => {
    edgeStarts[state + 1] = (edgeStarts[state] ?? 0) + node.size;
  });
  const labels = new Uint16Array(edgeStarts[stateCount] ?? 0);
  const targets = new Uint32Array(labels.length);
  children.forEach((node, state) => {
    let at = edgeStarts[state] ?? 0;
    for (const [unit, child] of [...node].sort((a, b) => a[0] - b[0])) {
      labels[at] = unit;
      targets[at] = child;
      at += 1;
    }
  });
  const root = new Int32Array(0x10000).fill(-1);
  for (const [unit, child] of children[0] ?? []) root[unit] = child;

  const terminalStarts = new Uint32Array(stateCount + 1);
  endsHere.forEach((entries, state) => {
    terminalStarts[state + 1] = (terminalStarts[state] ?? 0) + entries.length;
  });
  const terminals = Uint32Array.from(endsHere.flat());

  const child = (state: number, unit: number): number => {
    if (state === 0) return root[unit] ?? -1;
    let low = edgeStarts[state] ?? 0;
    let high = (edgeStarts[state + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const label = labels[middle] ?? 0;
      if (label === unit) return targets[middle] ?? -1;
      if (label < unit) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  const step = (from: number, unit: number): number => {
    for (let state = from; ; state = failures[state] ?? 0) {
      const next = child(state, unit);
      if (next !== -1) return next;
      if (state === 0) return 0;
    }
  };

  // Breadth first, so a state's failure (a shorter suffix) is finished before the state.
  const failures = new Uint32Array(stateCount);
  const outputs = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [...(children[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] ?? 0;
    for (const [unit, next] of children[state] ?? []) {
      const failure = state === 0 ? 0 : step(failures[state] ?? 0, unit);
      failures[next] = failure;
      const failureEnds = (terminalStarts[failure + 1] ?? 0) > (terminalStarts[failure] ?? 0);
      outputs[next] = failureEnds ? failure : (outputs[failure] ?? -1);
      queue.push(next);
    }
  }

  return {
    // step() and child() written out: this loop runs for every unit of every draft.
    scan(text, found) {
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        const unit = text.charCodeAt(i);
        for (;;) {
          let next = -1;
          if (state === 0) next = root[unit] ?? -1;
          else {
            let low = edgeStarts[state] ?? 0;
            let high = (edgeStarts[state + 1] ?? 0) - 1;
            while (low <= high) {
              const middle = (low + high) >>> 1;
              const label = labels[middle] ?? 0;
              if (label === unit) {
                next = targets[middle] ?? -1;
                break;
              }
              if (label < unit) low = middle + 1;
              else high = middle - 1;
            }
          }
          if (next !== -1) {
            state = next;
            break;
          }
          if (state === 0) break;
          state = failures[state] ?? 0;
        }
        if (state === 0) continue;
        for (let output = state; output !== -1; output = outputs[output] ?? -1) {
          const last = terminalStarts[output + 1] ?? 0;
          for (let at = terminalStarts[output] ?? 0; at < last; at += 1) found(terminals[at] ?? 0, i + 1);
        }
      }
    },
  };
}
