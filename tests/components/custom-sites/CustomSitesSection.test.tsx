// @vitest-environment jsdom
import '../console/antd-in-jsdom';
import { renderInConsole } from '../console-sections/render-in-console';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomSitesSection } from '../../../components/custom-sites/CustomSitesSection';
import type { CustomSitesServices } from '../../../components/custom-sites/custom-sites-services';
import type { CustomSite } from '../../../utils/schemas/custom-site';
import { OUR_DESK_HTML, OUR_DESK_SITE } from '../../fixtures/custom-sites/our-desk-site';

function fakeServices(stored: CustomSite[], { grant = true } = {}) {
  let sites = [...stored];
  const granted = new Set<string>();
  const services = {
    load: vi.fn(async () => sites),
    save: vi.fn(async (site: CustomSite) => {
      sites = [...sites.filter((other) => other.id !== site.id), site];
      return sites;
    }),
    remove: vi.fn(async (site: CustomSite) => {
      sites = sites.filter((other) => other.id !== site.id);
      return sites;
    }),
    hasAccess: vi.fn(async (site: CustomSite) => granted.has(site.id)),
    requestAccess: vi.fn(async (site: CustomSite) => {
      if (grant) granted.add(site.id);
      return grant;
    }),
    openTabs: vi.fn(async () => [{ id: 7, title: '自建客服台' }]),
    readTab: vi.fn(async () => OUR_DESK_HTML),
  } satisfies CustomSitesServices;
  return services;
}

function fill(name: string, value: string) {
  fireEvent.change(document.querySelector(`input[name="${name}"]`)!, { target: { value } });
}

afterEach(cleanup);

describe('a team lead adding a custom site on the options page', () => {
  it('is told what is wrong with each field, then saves and is asked for access to that one site', async () => {
    const services = fakeServices([]);
    renderInConsole(<CustomSitesSection services={services} />);
    fireEvent.click(await screen.findByTestId('custom-site-add'));
    fill('name', '自建客服台');
    fill('pattern', '<all_urls>');
    fill('messageList', '.chat-messages');
    fill('message', '.msg');
    fill('buyerMessage', '.msg.left[');
    fill('agentMessage', '.msg.right');
    fill('input', 'textarea.reply');
    fill('sendButton', 'button.send');
    fireEvent.click(screen.getByTestId('custom-site-save'));

    expect(screen.getByRole('alert').textContent).toBe('有 2 处需要修改，见下方红字');
    expect(document.getElementById('custom-site-error-pattern')?.textContent).toContain('https://im.example.com/*');
    expect(document.getElementById('custom-site-error-buyerMessage')?.textContent).toContain('不是有效的 CSS 选择器');
    expect(services.save).not.toHaveBeenCalled();

    fill('pattern', 'https://desk.our-shop.example/chat/*');
    fill('buyerMessage', '.msg.left');
    fireEvent.click(screen.getByTestId('custom-site-save'));

    await screen.findByTestId('custom-site');
    expect(services.requestAccess).toHaveBeenCalledWith(expect.objectContaining({ matches: ['https://desk.our-shop.example/chat/*'] }));
    expect(services.save.mock.calls[0]?.[0].selectors).toEqual({
      messageList: '.chat-messages',
      message: '.msg',
      buyerMessage: '.msg.left',
      agentMessage: '.msg.right',
      input: 'textarea.reply',
      sendButton: 'button.send',
    });
    expect(await screen.findByText('已允许访问')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('需要刷新一次');
  });

  it('keeps the site and says so when the browser does not allow access', async () => {
    const services = fakeServices([OUR_DESK_SITE], { grant: false });
    renderInConsole(<CustomSitesSection services={services} />);
    fireEvent.click(await screen.findByText('允许访问'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('浏览器没有允许访问'));
    expect(screen.getByText('未允许访问').className).toContain('ant-tag-orange');
    expect(screen.getByText('插件不会在这个网站上运行')).toBeTruthy();
  });

  it('tries the site on an open tab and sees the conversation as the extension reads it', async () => {
    const services = fakeServices([OUR_DESK_SITE]);
    renderInConsole(<CustomSitesSection services={services} />);
    fireEvent.click(await screen.findByText('试一试'));
    fireEvent.click(await screen.findByTestId('custom-site-read'));
    const preview = await screen.findByTestId('custom-site-preview');
    expect(services.readTab).toHaveBeenCalledWith(7);
    expect(preview.textContent).toContain('找到：消息列表 ✓，输入框 ✓，发送按钮 ✓');
    expect(preview.textContent).toContain('买家：小雨同学');
    expect(within(preview).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '系统 买家已进入会话',
      '买家 你好，这件外套有 L 码吗',
      '客服 亲，L 码有现货的',
      '买家 [图片]',
      '买家 今天下单什么时候发货？',
    ]);
  });

  it('removes a site after confirming, and keeps it when the lead cancels', async () => {
    const services = fakeServices([OUR_DESK_SITE]);
    renderInConsole(<CustomSitesSection services={services} />);

    // antd spaces a two-character Chinese label: 删 除.
    fireEvent.click(await screen.findByRole('button', { name: /^删\s?除$/ }));
    const asked = await screen.findByRole('dialog');
    expect(asked.textContent).toContain(`删除站点“${OUR_DESK_SITE.name}”？`);
    fireEvent.click(within(asked).getByRole('button', { name: /^取\s?消$/ }));
    expect(services.remove).not.toHaveBeenCalled();
    expect(screen.getAllByTestId('custom-site')).toHaveLength(1);

    fireEvent.click(screen.getAllByRole('button', { name: /^删\s?除$/ })[0]!);
    // The cancelled dialog may still be fading out in jsdom: the new one is the last.
    await waitFor(() => expect(screen.getAllByRole('dialog')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByRole('dialog').at(-1)!).getByRole('button', { name: /^删\s?除$/ }));
    await screen.findByText('还没有自定义站点。');
    expect(services.remove).toHaveBeenCalledWith(OUR_DESK_SITE);
  });

  it('finds a site by a word of its name or address in the search box', async () => {
    const second: CustomSite = { ...OUR_DESK_SITE, id: 'site-b', name: '海外客服台', matches: ['https://global.desk.example/*'] };
    renderInConsole(<CustomSitesSection services={fakeServices([OUR_DESK_SITE, second])} />);
    expect(await screen.findAllByTestId('custom-site')).toHaveLength(2);
    const search = screen.getByRole('searchbox', { name: '搜索站点名称或网址' });

    fireEvent.change(search, { target: { value: 'GLOBAL' } });
    expect(screen.getAllByTestId('custom-site').map((row) => row.textContent)).toEqual([expect.stringContaining('海外客服台')]);

    fireEvent.change(search, { target: { value: '没有这个站点' } });
    expect(screen.queryByTestId('custom-site')).toBeNull();
    expect(screen.getByText('没有符合“没有这个站点”的记录')).toBeTruthy();
  });
});
