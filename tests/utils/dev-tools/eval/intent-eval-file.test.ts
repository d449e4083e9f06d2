import { describe, expect, it } from 'vitest';
import { EvalFileError, parseIntentEvalFile } from '../../../../utils/dev-tools/eval/intent-eval-file';

const FILE = 'intent_sample.tsv';

function errorOf(text: string): EvalFileError {
  try {
    parseIntentEvalFile(text, FILE);
  } catch (error) {
    if (error instanceof EvalFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseIntentEvalFile: reading shared/eval intent files', () => {
  it('reads expected ids and a multi-turn thread with agent and system turns', () => {
    const text = [
      '# expected<TAB>thread',
      'greeting\t在吗',
      'shipping|after-sales\tsystem:买家已付款 || 今天能发吗 || agent:亲，16点前付款当天发哦 || 我3点拍的 那就是今天发对吧',
    ].join('\n');
    const cases = parseIntentEvalFile(text, FILE);
    expect(cases).toHaveLength(2);
    expect(cases[0]).toEqual({ line: 2, expected: ['greeting'], thread: { site: 'eval', messages: [{ role: 'buyer', text: '在吗' }] }, threadText: '在吗' });
    expect(cases[1]?.line).toBe(3);
    expect(cases[1]?.expected).toEqual(['shipping', 'after-sales']);
    expect(cases[1]?.thread.messages).toEqual([
      { role: 'system', text: '买家已付款' },
      { role: 'buyer', text: '今天能发吗' },
      { role: 'agent', text: '亲，16点前付款当天发哦' },
      { role: 'buyer', text: '我3点拍的 那就是今天发对吧' },
    ]);
  });

  it('skips comment lines wherever they appear, blank lines, a BOM and Windows line ends', () => {
    const text = '\uFEFF# header\r\nfarewell\t好的谢谢\r\n\r\n# real turns from public corpora\r\ninvoice\t能开发票吗\r\n';
    const cases = parseIntentEvalFile(text, FILE);
    expect(cases.map((c) => [c.line, c.expected[0]])).toEqual([
      [2, 'farewell'],
      [5, 'invoice'],
    ]);
  });

  it('keeps a buyer turn with single bars and spaces intact', () => {
    const [only] = parseIntentEvalFile('product\t白色|银色 哪个好', FILE);
    expect(only?.thread.messages).toEqual([{ role: 'buyer', text: '白色|银色 哪个好' }]);
  });

  it('names the file and line of a line without a tab', () => {
    const error = errorOf('greeting\t在吗\ngreeting 你好');
    expect(error.message).toMatch(/^intent_sample\.tsv:2: no tab/);
    expect(error.line).toBe(2);
  });

  it('names the file and line of an expected id that is not a category id', () => {
    expect(errorOf('# c\nGreeting!\t你好').message).toMatch(/^intent_sample\.tsv:2: "Greeting!" is not a category id/);
    expect(errorOf('shipping|\t发货').message).toMatch(/^intent_sample\.tsv:1: "" is not a category id/);
  });

  it('rejects a thread with no buyer turn, and an empty thread', () => {
    expect(errorOf('shipping\tagent:亲，已发货').message).toMatch(/^intent_sample\.tsv:1: the thread has no buyer turn/);
    expect(errorOf('shipping\t   ').message).toMatch(/^intent_sample\.tsv:1: the thread is empty/);
  });

  it('rejects a file with nothing to evaluate', () => {
    expect(errorOf('# only comments\n\n').message).toMatch(/^intent_sample\.tsv: no evaluation lines/);
  });
});

describe('parseIntentEvalFile: the product a thread is about', () => {
  it('reads a "product:<商品标题>" part as thread.product, not as a message', () => {
    const [line] = parseIntentEvalFile('product\tproduct:【热卖】不锈钢保温杯 500ml || 保修多久', FILE);
    expect(line?.thread).toEqual({ site: 'eval', messages: [{ role: 'buyer', text: '保修多久' }], product: { title: '【热卖】不锈钢保温杯 500ml' } });
  });

  it('rejects two products or an empty one, naming the line', () => {
    expect(errorOf('product\tproduct:杯子 || product:牙刷 || 保修多久').message).toBe(`${FILE}:1: a thread names at most one product, as "product:<商品标题>", e.g. "product:不锈钢保温杯 500ml || 保修多久"`);
    expect(errorOf('product\tproduct: || 保修多久').line).toBe(1);
  });
});

