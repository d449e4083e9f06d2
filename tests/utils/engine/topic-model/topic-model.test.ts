import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../../utils/engine/library-index';
import { libraryFromPacks } from '../../../../utils/engine/library-from-packs';
import { normalizeText } from '../../../../utils/engine/normalize';
import { suggest } from '../../../../utils/engine/suggest';
import { trainLogistic } from '../../../../utils/dev-tools/eval/logistic-regression';
import { trainNaiveBayes } from '../../../../utils/engine/topic-model/naive-bayes';
import { topicProbabilities } from '../../../../utils/engine/topic-model/topic-probabilities';
import type { TopicExample } from '../../../../utils/engine/topic-model/topic-model-types';
import { packSchema } from '../../../../utils/schemas/pack';
import { chat } from '../fixture-library';

const examples: TopicExample[] = [
  ['shipping.overdue', ['物流三天没动了', '快递怎么还没到', '好几天了还在路上', '是不是丢件了']],
  ['shipping.address-change', ['地址写错了', '能改地址吗', '换个收货地址', '电话填错了']],
  ['after-sales.refund-progress', ['退款什么时候到账', '钱怎么还没退回来', '退款到哪了', '几天能退到卡里']],
].flatMap(([topic, lines]) =>
  (lines as string[]).map((text) => ({ text: normalizeText(text), topic: topic as string, category: (topic as string).split('.')[0] ?? '', weight: 1, fromCorpus: false })),
);

function topTopic(model: ReturnType<typeof trainNaiveBayes>, message: string): string | undefined {
  const probabilities = topicProbabilities(model, normalizeText(message));
  let best = -1;
  probabilities.forEach((value, topic) => {
    if (best === -1 || value > (probabilities[best] ?? 0)) best = topic;
  });
  return (probabilities[best] ?? 0) > 0 ? model.topicIds[best] : undefined;
}

describe('the topic model reads what a buyer asks about from wordings it was never given', () => {
  it('names the topic of a message that repeats none of its training lines', () => {
    const model = trainNaiveBayes(examples);
    expect(topTopic(model, '我的快递五天了还没动')).toBe('shipping.overdue');
    expect(topTopic(model, '收货地址能换一下不')).toBe('shipping.address-change');
    expect(topTopic(model, '钱啥时候退回来啊')).toBe('after-sales.refund-progress');
  });

  it('gives probabilities that add up to one, and none at all for a message it knows nothing of', () => {
    const model = trainNaiveBayes(examples);
    const sum = topicProbabilities(model, normalizeText('退款到了吗')).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect([...topicProbabilities(model, normalizeText('🙂🙂'))]).toEqual([0, 0, 0]);
  });

  it('trains the same model, bit for bit, from the same examples (both designs)', () => {
    expect(trainNaiveBayes(examples)).toEqual(trainNaiveBayes(examples));
    expect(trainLogistic(examples)).toEqual(trainLogistic(examples));
  });
});

describe('the index trains its topic model from the library it is built for', () => {
  it("a lead's pack with its own categories and topics is read by its own topics, with no code for them", () => {
    const pack = packSchema.parse({
      format: 2,
      id: 'wholesale',
      name: '批发',
      version: '1.0.0',
      author: 'test',
      description: '',
      language: 'zh-CN',
      categories: [{ id: 'wholesale', labels: { 'zh-CN': '批发', en: 'Wholesale' } }],
      topics: [
        { id: 'wholesale.moq', category: 'wholesale', labels: { 'zh-CN': '起批量', en: 'Minimum order' } },
        { id: 'wholesale.sample', category: 'wholesale', labels: { 'zh-CN': '拿样', en: 'Samples' } },
      ],
      phrases: [
        { id: 'w-1', category: 'wholesale', topic: 'wholesale.moq', text: '亲，50件起批，量大可以再谈价格～', triggers: ['多少件起批', '最少拿多少', '起订量多少'] },
        { id: 'w-2', category: 'wholesale', topic: 'wholesale.sample', text: '亲，可以先拿样，样品费下大货时退还～', triggers: ['能拿样吗', '先寄个样品', '样品收费吗'] },
      ],
    });
    const index = buildLibraryIndex(libraryFromPacks([pack]));
    expect(index.topicModel.topicIds).toEqual(['wholesale.moq', 'wholesale.sample']);
    const first = suggest(index, chat('想先要个样看看')).suggestions[0];
    expect(first?.topic).toBe('wholesale.sample');
    expect(suggest(index, chat('最少要拿几件')).suggestions[0]?.topic).toBe('wholesale.moq');
  });

  it('learns from corpus lines only for topics the library has phrases for', () => {
    const pack = packSchema.parse({
      format: 2,
      id: 'p',
      name: 'p',
      version: '1.0.0',
      author: 'test',
      description: '',
      language: 'zh-CN',
      phrases: [{ id: 's-1', category: 'shipping', topic: 'shipping.overdue', text: '亲，我马上帮您催一下快递～', triggers: ['物流不动了'] }],
    });
    const index = buildLibraryIndex({
      ...libraryFromPacks([pack]),
      corpus: [
        { topic: 'shipping.overdue', text: normalizeText('包裹五天没更新') },
        { topic: 'invoice.how-to-get', text: normalizeText('能开发票吗') },
      ],
    });
    expect(index.topicModel.topicIds).toEqual(['shipping.overdue']);
  });
});

describe("a lead's small pack beside the default pack and its corpus", () => {
  it("wins the questions it was written for, though its topics have six wordings and the default's hundreds", async () => {
    const { readFileSync } = await import('node:fs');
    const { buildShippedLibraryIndex } = await import('../../../../utils/engine/shipped-library-index');
    const { defaultPack } = await import('../../../../utils/packs/default-pack');
    const lead = packSchema.parse(JSON.parse(readFileSync(new URL('../../../fixtures/packs/wholesale-topics-pack.json', import.meta.url), 'utf8')));
    const index = buildShippedLibraryIndex(libraryFromPacks([defaultPack(), lead]));
    expect(suggest(index, chat('最少要拿几件啊')).suggestions[0]?.phraseUid).toBe('wholesale-shop/w-minimum-1');
    expect(suggest(index, chat('样品能先寄一个吗')).suggestions[0]?.phraseUid).toBe('wholesale-shop/w-samples-1');
    // …and the default pack's own questions stay its own.
    expect(suggest(index, chat('能开发票吗')).suggestions[0]?.category).toBe('invoice');
  });
});
