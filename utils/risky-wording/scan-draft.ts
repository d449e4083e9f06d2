import type { Thread } from '../schemas/thread';
import type { WordingFinding, WordingSeverity } from '../schemas/risky-wording-finding';
import type { WordingRule } from '../schemas/risky-wording-rule-shape';
import { buyerOwnText, isBuyersOwnData } from './buyer-data';
import type { CompiledWordingRules } from './compile-parsed-rules';
import { isOneUnitPerGrapheme } from './literal-matcher';
import { findNegators, isNegated } from './negation';
import { SENTENCE_BREAK, normalizeWithOffsets, toOriginalRange, type NormalizedText, type ScriptConversion } from './normalize-with-offsets';
import { SPELLING_VARIANT_PASSES } from './spelling-variants';
import { findQuotedSpans, isInsideQuotes } from './quoted-spans';

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Candidate extends Span {
  readonly rule: number;
}

/**
 * Scans an agent's draft against compiled rules and returns every risky span, sorted by
 * position, with the rule it breaks and a safe alternative: checkWording (check-wording.ts)
 * without its compiling of raw rules, so that the send guard on a chat page bundles no rule
 * validation. `start`/`end` index the original draft; `context` as for checkWording;
 * `conversion`: the worker's script conversion (traditional-to-simplified.ts), run before matching.
 */
export function scanDraft(compiled: CompiledWordingRules, text: string, context?: Thread, conversion?: ScriptConversion): WordingFinding[] {
  if (text.trim().length === 0) return [];
  const normalized = normalizeWithOffsets(text, SPELLING_VARIANT_PASSES, conversion);
  const scan = new DraftScan(compiled, normalized, context, conversion);
  return selectFindings(scan.candidates().filter((candidate) => scan.keeps(candidate)).map((candidate) => scan.toFinding(candidate)));
}

/** One draft being scanned against one compiled rule set. */
class DraftScan {
  private readonly termHits: Candidate[] = [];
  /** By pattern slot: 1 where one of the pattern's anchors occurred. */
  private readonly anchorsSeen: Uint8Array;
  /** By pattern slot: 1 where one of the pattern's gate words occurred. */
  private readonly gatesSeen: Uint8Array;
  private readonly exceptionHits = new Map<number, Span[]>();
  private readonly sentenceExceptionHits = new Map<number, Span[]>();
  private negatorSpans: Span[] | undefined;
  private quotedSpans: Span[] | undefined;
  private buyerText: string | undefined;

  constructor(
    private readonly compiled: CompiledWordingRules,
    private readonly normalized: NormalizedText,
    private readonly context: Thread | undefined,
    private readonly conversion: ScriptConversion | undefined,
  ) {
    this.anchorsSeen = new Uint8Array(compiled.patternCount);
    this.gatesSeen = new Uint8Array(compiled.patternCount);
    for (const hit of compiled.literals.findAll(normalized.text)) {
      const { data } = hit;
      if (data.role === 'term') this.termHits.push({ rule: data.rule, start: hit.start, end: hit.end });
      else if (data.role === 'gate') this.gatesSeen[data.slot] = 1;
      else if (data.role === 'anchor') this.anchorsSeen[data.slot] = 1;
      else if (data.role === 'exception') pushTo(this.exceptionHits, data.rule, hit);
      else pushTo(this.sentenceExceptionHits, data.rule, hit);
    }
  }

  candidates(): Candidate[] {
    const found = [...this.termHits];
    const text = this.normalized.text;
    // Gate words are found reliably only where the automaton runs over single units.
    const gatesFound = isOneUnitPerGrapheme(text);
    this.compiled.patterns.forEach((patterns, rule) => {
      patterns.forEach((pattern) => {
        if (pattern.anchored && this.anchorsSeen[pattern.slot] !== 1) return;
        if (pattern.gated && gatesFound && this.gatesSeen[pattern.slot] !== 1) return;
        const { regex } = pattern;
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match; match = regex.exec(text)) {
          if (match[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          const hit = pattern.narrowsToHit ? match.indices?.groups?.['hit'] : undefined;
          const [start, end] = hit ?? [match.index, match.index + match[0].length];
          if (end > start) found.push({ rule, start, end });
        }
      });
    });
    return found;
  }

  keeps(candidate: Candidate): boolean {
    const rule = this.rule(candidate);
    const covered = (this.exceptionHits.get(candidate.rule) ?? []).some((e) => e.start <= candidate.start && candidate.end <= e.end);
    if (covered) return false;
    const sentence = this.sentenceAround(candidate);
    const excused = (this.sentenceExceptionHits.get(candidate.rule) ?? []).some((e) => e.start >= sentence.start && e.end <= sentence.end);
    if (excused) return false;
    if (rule.negatable) {
      this.negatorSpans ??= findNegators(this.normalized.text);
      if (isNegated(this.normalized.text, this.negatorSpans, candidate.start, candidate.end)) return false;
      this.quotedSpans ??= findQuotedSpans(this.normalized.original);
      const original = toOriginalRange(this.normalized, candidate.start, candidate.end);
      if (isInsideQuotes(this.quotedSpans, original.start, original.end)) return false;
    }
    if (rule.category === 'privacy' && this.context) {
      this.buyerText ??= buyerOwnText(this.context, this.conversion);
      if (isBuyersOwnData(this.normalized.text.slice(candidate.start, candidate.end), this.buyerText)) return false;
    }
    return true;
  }

  toFinding(candidate: Candidate): WordingFinding {
    const rule = this.rule(candidate);
    const { start, end } = toOriginalRange(this.normalized, candidate.start, candidate.end);
    return {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      matchedText: this.normalized.original.slice(start, end),
      reason: rule.reason,
      alternative: rule.alternative,
    };
  }

  private rule(candidate: Candidate): WordingRule {
    const rule = this.compiled.rules[candidate.rule];
    if (!rule) throw new Error(`no rule #${candidate.rule}`);
    return rule;
  }

  private sentenceAround(span: Span): Span {
    const text = this.normalized.text;
    const before = text.lastIndexOf(SENTENCE_BREAK, span.start - 1);
    const after = text.indexOf(SENTENCE_BREAK, span.end);
    return { start: before + 1, end: after === -1 ? text.length : after };
  }
}

function pushTo(map: Map<number, Span[]>, key: number, span: Span): void {
  const list = map.get(key);
  if (list) list.push(span);
  else map.set(key, [span]);
}

const SEVERITY_RANK: Readonly<Record<WordingSeverity, number>> = { block: 2, warn: 1 };

/**
 * Orders findings by position (the more severe, then the longer, first on the same start) and
 * drops repeats: a second overlapping match of the same rule, and a finding lying inside
 * another finding of the same category that is at least as severe.
 */
function selectFindings(findings: WordingFinding[]): WordingFinding[] {
  const ordered = [...findings].sort(
    (a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - a.end,
  );
  const kept: WordingFinding[] = [];
  for (const finding of ordered) {
    const repeats = kept.some(
      (other) =>
        (other.ruleId === finding.ruleId && other.start < finding.end && finding.start < other.end) ||
        (other.category === finding.category &&
          SEVERITY_RANK[other.severity] >= SEVERITY_RANK[finding.severity] &&
          other.start <= finding.start &&
          finding.end <= other.end),
    );
    if (!repeats) kept.push(finding);
  }
  return kept;
}
