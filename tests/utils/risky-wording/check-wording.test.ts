import { describe, expect, it } from 'vitest';
import type { Thread } from '../../../utils/schemas/thread';
import type { WordingCategory, WordingRuleInput } from '../../../utils/schemas/risky-wording-rule';
import { checkWording, compileRules } from '../../../utils/risky-wording/check-wording';
import { defaultCompiledWordingRules } from '../../../utils/risky-wording/default-rules';
import { draftVerdict } from '../../../utils/risky-wording/draft-verdict';

const rules = defaultCompiledWordingRules();
const categoryOf = (draft: string, context?: Thread): WordingCategory | null => draftVerdict(checkWording(rules, draft, context)).category;

describe('an agent drafts a reply that breaks a rule', () => {
  const risky: Record<WordingCategory, readonly string[]> = {
    invoice: ['亲，清仓款一律不开发票的', '开票的话要加4个点税点', '发票单独寄，邮费您自己出哈', '品名可以帮您写成办公耗材'],
    'off-platform': ['亲，加我 V 信 shop_777 领券', '您直接转我支付宝，我给您便宜', '扫这个收款码付款就行', '加扣扣 12345678 发您视频', '加一下我们的售后群，群号在包裹卡上'],
    'extreme-claim': ['这款是同类产品里最耐用的', '销量全国第一，放心买', '用了百分百见效', '世界级的做工'],
    'review-incentive': ['晒图好评后找我领5元红包', '麻烦把差评删一下，给您补偿10元', '五星好评返现3元哦'],
    'payment-fee': ['花呗付款要加收2%', '信用卡支付不享受活动价哦', '用白条的话得多付10块手续费'],
    shipping: ['这单虽然包邮，但您的地址要补6元运费', '包邮款我们发的是到付', '包邮的，不过续重部分您来付', '写了包邮，但一件不包，两件才包', '运费不补的话只能先放着不发'],
    privacy: ['另一位顾客的电话是13512345678', '您同事小李也下单了，她住在海淀区', '收件人孙丽，地址长江路12号', '张女士已经退款了，您也可以这样操作', '之前有个叫陈静的也下过单'],
    rude: ['嫌贵就别买', '自己看详情页去', '你烦不烦', '嗯'],
  };
  for (const [category, drafts] of Object.entries(risky)) {
    for (const draft of drafts) {
      it(`flags "${draft}" as ${category}`, () => expect(categoryOf(draft)).toBe(category));
    }
  }
});

describe('near misses stay clean', () => {
  const safe = [
    '付款后第一时间给您发货',
    '第一次用建议少量多次',
    '最近降温了，注意保暖',
    '最快今晚发出，最晚明天',
    '最多可以用三张券',
    '最好用冷水手洗',
    '发票免费开，不收税点',
    '发票开具后会发到您邮箱',
    '平台规定不能加微信，有问题在这里说就好',
    '请不要添加陌生人的微信，谨防诈骗',
    '我们不会让您扫码付款',
    '我们不收任何税点',
    '花呗付款不加价哦',
    '包邮的，不另收运费',
    '不能透露其他买家的信息，请理解',
    '感谢您的好评，欢迎再来',
    '支持微信支付',
    '不知道您方便几点收货呢',
    '嗯嗯，好的，马上给您安排',
    '没事的亲，慢慢挑',
    '这款是100%纯棉的',
  ];
  for (const draft of safe) {
    it(`does not flag "${draft}"`, () => expect(checkWording(rules, draft)).toEqual([]));
  }
});

describe('findings point at the original characters', () => {
  it('maps a full-width, colon-separated contact back to exact positions', () => {
    const draft = '亲，加ＶＸ：ｔｂ６６６领券';
    const findings = checkWording(rules, draft);
    const contact = findings.find((finding) => finding.ruleId === 'off-platform-contact');
    expect(contact).toBeDefined();
    expect(contact?.start).toBe(2);
    expect(contact?.matchedText.startsWith('加ＶＸ')).toBe(true);
    expect(draft.slice(contact?.start, contact?.end)).toBe(contact?.matchedText);
  });

  it('maps a spaced-out word back to the spaced characters', () => {
    const draft = '好的，微 信 号 发您了';
    const finding = checkWording(rules, draft).find((f) => f.ruleId === 'off-platform-contact');
    expect(finding).toMatchObject({ start: 3, end: 8, matchedText: '微 信 号' });
  });

  it('sorts findings by position and carries the reason and a safe alternative', () => {
    const findings = checkWording(rules, '全网最低价，加我微信再便宜');
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(findings[0]?.category).toBe('extreme-claim');
    for (const finding of findings) {
      expect(finding.reason['zh-CN'].length).toBeGreaterThan(10);
      expect(finding.alternative['zh-CN'].length).toBeGreaterThan(5);
    }
  });
});

describe('negation and warnings', () => {
  it('treats a negator shortly before the word in the same clause as a refusal', () => {
    expect(checkWording(rules, '我们从不私下转账')).toEqual([]);
    expect(checkWording(rules, '切勿添加客服个人微信')).toEqual([]);
  });

  it('does not let a negator in another clause or behind a condition excuse the word', () => {
    expect(categoryOf('不满意的话加我微信')).toBe('off-platform');
    expect(categoryOf('不用担心，加我微信就行')).toBe('off-platform');
    expect(categoryOf('不好意思亲加我微信说吧')).toBe('off-platform');
  });

  it('accepts a warning after the word and a quoted mention', () => {
    expect(checkWording(rules, '私下转账是违规的，请在平台付款')).toEqual([]);
    expect(checkWording(rules, '不好意思，私下转账我们是不接受的')).toEqual([]);
    expect(checkWording(rules, '看到“好评返现”的卡片请直接忽略')).toEqual([]);
  });

  it('never excuses a refusal whose words are the violation itself', () => {
    expect(categoryOf('不好意思，我们不提供发票')).toBe('invoice');
  });

  it('leaves warnings against strangers alone, but not a "please do not" that leads off the platform', () => {
    expect(checkWording(rules, '亲，如果有陌生人让您加微信或者扫码付款，千万别理，退款只走平台')).toEqual([]);
    expect(checkWording(rules, '亲，请不要在聊天里发送身份证照片或者银行卡号')).toEqual([]);
    expect(categoryOf('请不要在平台下单，直接加我微信转账')).toBe('off-platform');
    expect(checkWording(rules, '如果有人让您加好友，一定不要加')).toEqual([]);
    expect(categoryOf('加我微信，别加错了')).toBe('off-platform');
  });
});

describe('privacy and the open thread', () => {
  const thread = (buyerText: string): Thread => ({
    site: 'demo',
    messages: [
      { role: 'buyer', text: buyerText },
      { role: 'agent', text: '好的亲，我帮您核对' },
    ],
  });

  it('flags a phone number the buyer never gave', () => {
    expect(categoryOf('对方电话13812349999，您联系一下', thread('我的电话是13900001111'))).toBe('privacy');
    expect(categoryOf('对方电话13812349999，您联系一下')).toBe('privacy');
  });

  it('lets the agent confirm the phone or address the buyer wrote', () => {
    expect(checkWording(rules, '电话13900001111，收到', thread('我的电话是139 0000 1111'))).toEqual([]);
    expect(checkWording(rules, '地址是幸福路18号对吧', thread('帮我改到幸福路18号'))).toEqual([]);
  });

  it('still flags another person named in the draft even with a thread', () => {
    expect(categoryOf('另一位买家的地址是幸福路20号', thread('帮我改到幸福路18号'))).toBe('privacy');
  });
});

describe('rules as data', () => {
  const custom: WordingRuleInput[] = [
    {
      id: 'competitor-mention',
      category: 'off-platform',
      severity: 'warn',
      terms: ['某宝'],
      patterns: [{ regex: '(?<hit>便宜)[^。]{0,4}别家', anchors: ['别家'] }],
      exceptions: ['某宝贝'],
      reason: { 'zh-CN': '店铺规则：不提及其他平台', en: 'Shop rule: do not mention other platforms' },
      alternative: { 'zh-CN': '我们店里就有哦', en: 'We have it right here.' },
    },
  ];

  it('accepts raw rules and compiled rules alike', () => {
    const compiled = compileRules(custom);
    for (const set of [custom, compiled]) {
      expect(checkWording(set, '某宝上有').map((f) => f.matchedText)).toEqual(['某宝']);
      expect(checkWording(set, '这个某宝贝很好')).toEqual([]);
    }
  });

  it('runs an anchored regex only when its anchor occurs, and narrows to the hit group', () => {
    expect(checkWording(custom, '比别家便宜').length).toBe(0);
    expect(checkWording(custom, '便宜过别家').map((f) => f.matchedText)).toEqual(['便宜']);
  });

  it('returns nothing for an empty draft', () => {
    expect(checkWording(rules, '   ')).toEqual([]);
  });
});

describe('performance sanity (printed, not asserted)', () => {
  it('scans drafts quickly once the rules are compiled', () => {
    const drafts = ['亲，加我微信 tb_shop668，私下给您便宜10块', '好的亲，已为您备注，仓库会尽快安排', '包邮只包首重，超出的部分您补一下哈'];
    const long = '亲，这款是纯棉面料，亲肤透气，'.repeat(150);
    const started = performance.now();
    const rounds = 300;
    for (let i = 0; i < rounds; i++) for (const draft of drafts) checkWording(rules, draft);
    const perDraft = (performance.now() - started) / (rounds * drafts.length);
    const longStarted = performance.now();
    checkWording(rules, long);
    const longMs = performance.now() - longStarted;
    const compileStarted = performance.now();
    compileRules(rules.rules);
    const compileMs = performance.now() - compileStarted;
    console.log(
      `[wording perf] ${perDraft.toFixed(3)} ms per short draft; ${longMs.toFixed(1)} ms for a ${long.length}-character draft; ` +
        `recompiling ${rules.rules.length} parsed rules ${compileMs.toFixed(1)} ms`,
    );
    expect(perDraft).toBeGreaterThan(0);
  });
});
