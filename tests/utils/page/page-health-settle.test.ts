import { describe, expect, it } from 'vitest';
import { INITIAL_SETTLE, SETTLE_MS, settleReading, type SettleState } from '../../../utils/page/page-health-settle';
import type { PageReading } from '../../../utils/sites/page-health-check';

const OK: PageReading = { status: 'ok', failed: [], genericFallback: false };
const BROKEN: PageReading = { status: 'changed', failed: ['messageList', 'input'], genericFallback: false };
const NO_INPUT: PageReading = { status: 'changed', failed: ['input'], genericFallback: false };
const NO_CHAT: PageReading = { status: 'no-chat', failed: ['messageList', 'input'], genericFallback: false };

/** Feeds readings taken at the given times; returns each step. */
function run(readings: [number, PageReading][]) {
  let state: SettleState = INITIAL_SETTLE;
  return readings.map(([time, reading]) => {
    const step = settleReading(state, reading, time);
    state = step.state;
    return step;
  });
}

describe('settling a page-health reading', () => {
  it('a page still loading is not reported: a failure counts only once it held for the settle time', () => {
    const steps = run([
      [0, BROKEN],
      [1500, BROKEN],
      [3000, OK],
    ]);
    expect(steps.map((step) => step.status)).toEqual(['checking', 'checking', 'ok']);
    expect(steps.every((step) => step.record === null)).toBe(true);
  });

  it('a failure that holds is recorded once, then only said', () => {
    const steps = run([
      [0, BROKEN],
      [SETTLE_MS, BROKEN],
      [SETTLE_MS + 1500, BROKEN],
      [SETTLE_MS * 4, BROKEN],
    ]);
    expect(steps.map((step) => step.status)).toEqual(['checking', 'changed', 'changed', 'changed']);
    expect(steps.map((step) => step.record)).toEqual([null, { failed: ['messageList', 'input'], genericFallback: false }, null, null]);
  });

  it('a different failure is timed afresh and recorded again; a page that recovers and breaks again is recorded again', () => {
    const steps = run([
      [0, BROKEN],
      [SETTLE_MS, BROKEN],
      [SETTLE_MS + 1, NO_INPUT],
      [SETTLE_MS * 2 + 1, NO_INPUT],
      [SETTLE_MS * 3, OK],
      [SETTLE_MS * 4, NO_INPUT],
      [SETTLE_MS * 5, NO_INPUT],
    ]);
    expect(steps.filter((step) => step.record !== null).map((step) => step.record?.failed)).toEqual([['messageList', 'input'], ['input'], ['input']]);
  });

  it('a page that is no chat is said after settling and never recorded', () => {
    const steps = run([
      [0, NO_CHAT],
      [SETTLE_MS, NO_CHAT],
    ]);
    expect(steps.map((step) => step.status)).toEqual(['checking', 'no-chat']);
    expect(steps.every((step) => step.record === null)).toBe(true);
  });
});
