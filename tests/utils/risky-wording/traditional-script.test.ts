import { describe, expect, it } from 'vitest';
import { checkDraftFully } from '../../../utils/risky-wording/check-draft-fully';
import { bundledDraftModels } from '../../../utils/dev-tools/eval/bundled-draft-models';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { normalizeWithOffsets } from '../../../utils/risky-wording/normalize-with-offsets';
import { SPELLING_VARIANT_PASSES } from '../../../utils/risky-wording/spelling-variants';
import { traditionalToSimplified } from '../../../utils/risky-wording/traditional-to-simplified';

/**
 * Drafts as agents in Taiwan and Hong Kong type them, and drafts mixing both scripts — written
 * by hand, in those places' own words (LINE, 匯款, 過數, 手續費), never produced by the converter
 * under test.
 */
const RISKY: readonly [category: string, draft: string][] = [
  ['invoice', '親，這邊發票開不了喔，不好意思'],
  ['invoice', '要開發票的話就要加5%稅，麻煩先說一聲'],
  ['invoice', '亲，發票金额可以帮您开高一點，報帳方便'],
  ['off-platform', '可以加我們的LINE：shop0520，私下匯款比較便宜'],
  ['off-platform', '畀個WhatsApp你，之後直接過數就得'],
  ['off-platform', '親，直接轉帳到我們的帳戶就好，不用在平台付'],
  ['payment-fee', '刷卡的話要多收3%手續費喔'],
  ['review-incentive', '給五星好評的話退你50元'],
  ['extreme-claim', '這款是全網最便宜的，保證找不到更低價'],
  ['shipping', '雖然寫免運，但外島要另外補運費150元喔'],
  ['privacy', '另一位顧客陳先生的地址是台北市大安區，他也買了這款'],
];

const SAFE: readonly string[] = [
  '親，發票可以開的，請在訂單頁面申請喔',
  '請不要相信陌生人叫你加LINE或匯款，本店只在平台上交易',
  '親，這款目前有現貨，今天下單明天就會寄出',
  '唔好意思，呢件貨要聽日先寄得出，麻煩你等等',
  '亲，退款已經處理好了，三到五個工作天會退回原帳戶',
];

describe('traditional and mixed-script drafts, as the worker checks them', () => {
  const rules = defaultCompiledWordingRules();

  it.each(RISKY)('flags %s: %s', (category, draft) => {
    const findings = checkDraftFully(rules, draft, undefined, bundledDraftModels());
    expect(findings.map((finding) => finding.category)).toContain(category);
    // Each finding points at the characters the agent typed, not at the converted text.
    for (const finding of findings) expect(draft.slice(finding.start, finding.end)).toBe(finding.matchedText);
  });

  it.each(SAFE)('lets a clean draft pass: %s', (draft) => {
    expect(checkDraftFully(rules, draft, undefined, bundledDraftModels())).toEqual([]);
  });

  it('reads traditional characters as simplified, and maps every character back to its source', () => {
    const draft = '親，發票開不了喔';
    const normalized = normalizeWithOffsets(draft, SPELLING_VARIANT_PASSES, traditionalToSimplified());
    expect(normalized.text).toBe('亲，发票开不了喔');
    expect([...normalized.text].map((_, at) => draft.slice(normalized.starts[at], normalized.ends[at]))).toEqual([...'親，發票開不了喔']);
  });

  it("converts Taiwan's own words, a replaced word mapping back to the whole word typed", () => {
    const draft = '傳簡訊給我';
    const normalized = normalizeWithOffsets(draft, SPELLING_VARIANT_PASSES, traditionalToSimplified());
    expect(normalized.text).toBe('传短信给我');
    expect(draft.slice(normalized.starts[1], normalized.ends[2])).toBe('簡訊');
  });

  it('leaves a simplified draft exactly as the page normalises it', () => {
    const draft = '亲，这款是纯棉面料，乾隆年间的老字号';
    expect(normalizeWithOffsets(draft, SPELLING_VARIANT_PASSES, traditionalToSimplified()).text).toBe(normalizeWithOffsets(draft).text);
  });
});
