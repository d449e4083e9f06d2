import { expect, it } from 'vitest';
import { watchInsertionOutcome } from '../../../utils/usage/insertion-outcome';

const PHRASE = '亲，已经是活动价了，拍下自动减，很划算的～';
const before = { draft: '', agentMessages: ['亲，在的'] };

it('sees a phrase sent as it was inserted as sent unchanged', () => {
  const watch = watchInsertionOutcome(PHRASE, before);

  expect(watch.observe({ draft: PHRASE, agentMessages: ['亲，在的'] })).toBeUndefined();
  expect(watch.observe({ draft: '', agentMessages: ['亲，在的', `${PHRASE}\n`] })).toBe('sent-unchanged');
});

it('sees a phrase the agent reworded before sending as edited', () => {
  const watch = watchInsertionOutcome(PHRASE, before);

  expect(watch.observe({ draft: '亲，已经是活动价了，再送您一个小样～', agentMessages: ['亲，在的'] })).toBeUndefined();
  expect(watch.observe({ draft: '', agentMessages: ['亲，在的', '亲，已经是活动价了，再送您一个小样～'] })).toBe('edited');
});

it('sees a phrase cleared from the reply box, with nothing sent, as deleted', () => {
  const watch = watchInsertionOutcome(PHRASE, before);

  expect(watch.observe({ draft: '', agentMessages: ['亲，在的'] })).toBe('deleted');
});

it('keeps its first answer once known', () => {
  const watch = watchInsertionOutcome(PHRASE, before);
  watch.observe({ draft: '', agentMessages: ['亲，在的', PHRASE] });

  expect(watch.observe({ draft: '', agentMessages: ['亲，在的', PHRASE, '别的话'] })).toBe('sent-unchanged');
});

it('does not call a phrase with words typed around it edited until it is sent', () => {
  const watch = watchInsertionOutcome(PHRASE, { draft: '你好 ', agentMessages: [] });

  expect(watch.observe({ draft: `你好 ${PHRASE} 谢谢`, agentMessages: [] })).toBeUndefined();
  expect(watch.observe({ draft: '', agentMessages: [`你好 ${PHRASE} 谢谢`] })).toBe('edited');
});
