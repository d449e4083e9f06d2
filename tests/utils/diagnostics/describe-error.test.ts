import { describe, expect, it } from 'vitest';
import { describeError, extensionFrameOf, extensionPlaceOf, errorTypeOf } from '../../../utils/diagnostics/describe-error';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const BUYER_TEXT = '我的手机号 13812345678，地址 上海市浦东新区';

describe('describing an error for the log: kind and place, never what it says', () => {
  it('keeps the error kind and the first place in the extension, and none of the message', () => {
    const error = new TypeError(`cannot read ${BUYER_TEXT}`);
    error.stack = [
      `TypeError: cannot read ${BUYER_TEXT}`,
      '    at readThread (https://mms.pinduoduo.com/chat-merchant/index.html?conv=123:10:5)',
      `    at ${ORIGIN}content-scripts/content.js:1:1993`,
      `    at ${ORIGIN}chunks/other.js:2:3`,
    ].join('\n');

    const described = describeError(error, ORIGIN);

    expect(described).toEqual({ type: 'TypeError', module: 'content-scripts/content.js:1:1993' });
    expect(JSON.stringify(described)).not.toContain('13812345678');
  });

  it('ignores an extension-looking URL written inside the message itself', () => {
    const message = `buyer pasted ${ORIGIN}fake.js:9:9`;
    const stack = `Error: ${message}\n    at ${ORIGIN}background.js:1:2576`;
    expect(extensionFrameOf(stack, message, ORIGIN)).toBe('background.js:1:2576');
  });

  it('reads Firefox stacks (function@url:line:column)', () => {
    const origin = 'moz-extension://0d6f6c0e-1111-2222-3333-444455556666/';
    const stack = `handle@${origin}popup.html:3:7\n@${origin}chunks/popup-X1.js:1:88\n`;
    expect(extensionFrameOf(stack, 'whatever', origin)).toBe('popup.html:3:7');
  });

  it('knows no place for errors that never ran through the extension’s files', () => {
    const error = new Error('page broke');
    error.stack = 'Error: page broke\n    at https://im.jinritemai.com/app.js:1:1';
    expect(describeError(error, ORIGIN).module).toBeNull();
  });

  it('prefers the name an error gives itself over a minified class name', () => {
    class T extends Error {
      override name = 'PackValidationError';
    }
    expect(errorTypeOf(new T('x'))).toBe('PackValidationError');
    expect(errorTypeOf(new DOMException('quota', 'QuotaExceededError'))).toBe('QuotaExceededError');
  });

  it('drops a name that is not a programmer’s identifier (it could be chat text)', () => {
    const error = new RangeError('x');
    error.name = BUYER_TEXT;
    expect(errorTypeOf(error)).toBe('RangeError');
  });

  it('keeps only "NonErrorValue" for strings, numbers and plain objects thrown or rejected', () => {
    expect(describeError(BUYER_TEXT, ORIGIN)).toEqual({ type: 'NonErrorValue', module: null });
    expect(describeError(404, ORIGIN)).toEqual({ type: 'NonErrorValue', module: null });
    expect(describeError({ text: BUYER_TEXT }, ORIGIN)).toEqual({ type: 'NonErrorValue', module: null });
  });

  it('turns an ErrorEvent filename into a place only when it is the extension’s file', () => {
    expect(extensionPlaceOf(`${ORIGIN}content-scripts/content.js?v=1`, 1, 20, ORIGIN)).toBe('content-scripts/content.js:1:20');
    expect(extensionPlaceOf('https://qn.taobao.com/main.js', 1, 20, ORIGIN)).toBeNull();
  });
});
