import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietly, runQuietly } from '../../../utils/page/quiet-errors';

describe('content-script errors never reach the seller’s page', () => {
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  afterEach(() => debug.mockClear());

  it('logs a failure at debug level instead of throwing it', () => {
    expect(runQuietly('page bar', () => JSON.parse('{'))).toBeUndefined();
    expect(debug).toHaveBeenCalledWith(expect.stringMatching(/^\[话术助手\] page bar: SyntaxError/));
  });

  it('wraps listeners, passing their arguments through', () => {
    const seen: string[] = [];
    const listener = quietly('keys', (key: string) => {
      seen.push(key);
      throw new Error('boom');
    });
    expect(() => listener('Alt+1')).not.toThrow();
    expect(seen).toEqual(['Alt+1']);
  });

  it('says nothing about the expected "Extension context invalidated" after an update', () => {
    runQuietly('settings watch', () => {
      throw new Error('Extension context invalidated.');
    });
    expect(debug).not.toHaveBeenCalled();
  });
});
