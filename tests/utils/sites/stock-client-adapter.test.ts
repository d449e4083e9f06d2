import { describe, expect, it } from 'vitest';
import { stockClientAdapter } from '../../../utils/sites/stock-client-adapter';
import { pageStructureFileName } from '../../../utils/diagnostics/page-structure-file';

const at = (href: string) => new URL(href);

describe('which adapter the page-health check measures', () => {
  it('the stock client’s own adapter, where the page session reads with it', () => {
    expect(stockClientAdapter(at('https://mms.pinduoduo.com/chat-merchant/index.html'), 'pinduoduo')?.id).toBe('pinduoduo');
    expect(stockClientAdapter(at('https://qn.taobao.com/app-customer-service/im-chat.html'), 'qianniu')?.id).toBe('qianniu');
  });

  it('none on other pages, nor where a lead’s custom site took the client’s address over', () => {
    expect(stockClientAdapter(at('https://www.example.com/chat'), 'generic')).toBeNull();
    expect(stockClientAdapter(at('https://mms.pinduoduo.com/chat-merchant/index.html'), 'custom-our-pdd')).toBeNull();
  });
});

describe('the structure file’s name', () => {
  it('names the client and the local date', () => {
    expect(pageStructureFileName('jd-dongdong', new Date(2026, 11, 6, 23, 59))).toBe('huashu-zhushou-page-structure-jd-dongdong-2026-12-06.json');
  });
});
