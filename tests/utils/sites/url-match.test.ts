import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../utils/sites/url-match';

const at = (url: string) => new URL(url);

describe('reading a manifest match pattern the way the browser does', () => {
  it('takes the path as a glob and ignores the query and the fragment', () => {
    expect(matchesPattern('https://mms.pinduoduo.com/chat-merchant/*', at('https://mms.pinduoduo.com/chat-merchant/index.html#/'))).toBe(true);
    expect(matchesPattern('https://mms.pinduoduo.com/chat-merchant/*', at('https://mms.pinduoduo.com/orders?next=/chat-merchant/'))).toBe(false);
    expect(matchesPattern('https://shop.jd.com/jdm/kefu/*', at('https://shop.jd.com/jdm/kefu/kf-manage-lite'))).toBe(true);
  });

  it('wants the host exactly, or a subdomain only where the pattern says `*.`', () => {
    expect(matchesPattern('https://dongdong.jd.com/*', at('https://dongdong.jd.com.evil.example/'))).toBe(false);
    expect(matchesPattern('https://dongdong.jd.com/*', at('https://x.dongdong.jd.com/'))).toBe(false);
    expect(matchesPattern('https://*.taobao.com/*', at('https://qn.taobao.com/home.htm'))).toBe(true);
    expect(matchesPattern('https://*.taobao.com/*', at('https://taobao.com.evil.example/'))).toBe(false);
  });

  it('wants the scheme the pattern names (`*` meaning http or https)', () => {
    expect(matchesPattern('https://im.kwaixiaodian.com/*', at('http://im.kwaixiaodian.com/workbench'))).toBe(false);
    expect(matchesPattern('*://im.kwaixiaodian.com/*', at('http://im.kwaixiaodian.com/workbench'))).toBe(true);
    expect(matchesPattern('not a pattern', at('https://im.kwaixiaodian.com/'))).toBe(false);
  });
});
