// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsServices } from '../../../components/options/options-services';
import { TeamReviewSection } from '../../../components/team-review/TeamReviewSection';
import type { ExportedFile } from '../../../utils/packs/import-protocol';
import { packSchema } from '../../../utils/schemas/pack';
import '../console/antd-in-jsdom';

const downloads: ExportedFile[] = [];
vi.mock('../../../components/options/download-file', () => ({ downloadFile: (file: ExportedFile) => downloads.push(file) }));

// The chart itself draws in the real browser (tests/e2e/console-team.test.ts); here its table is what is read.
vi.mock('../../../components/console/team/TeamChart', () => ({ TeamChart: () => null }));

const TEA_SHOP = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'packs', 'tea-shop.json'), 'utf8');

function flag(term: string, reason: string) {
  return {
    id: `flag-${term.length}`,
    category: 'off-platform',
    severity: 'warn',
    terms: [term],
    reason: { 'zh-CN': reason, en: reason },
    alternative: { 'zh-CN': '请换一种说法。', en: 'Please rephrase.' },
    uid: `local/flag-${term.length}`,
    packId: 'local',
    status: 'pending-review',
    locked: false,
    createdAt: 1,
  };
}

function reportFile(agent: string, uses: number, flags: ReturnType<typeof flag>[]): File {
  const report = {
    kind: 'huashu-agent-report',
    format: 1,
    exportedAt: 1,
    agent,
    packs: [{ id: 'tea-shop', name: '茶叶店', version: '1.0.0' }],
    usage: [{ phraseUid: 'tea-shop/brew-001', packId: 'tea-shop', text: '冲泡方法', intent: 'product', count: uses, lastUsedAt: 1 }],
    edits: [],
    sentAnyway: [],
    flags,
  };
  return new File([JSON.stringify(report)], `report-${agent}.json`, { type: 'application/json' });
}

const services: OptionsServices = {
  library: () => {
    throw new Error('the team review reads the library through the background only');
  },
  call: (async (type: string) => {
    if (type === 'getLibraryStatus') {
      const pack = packSchema.parse(JSON.parse(TEA_SHOP));
      return {
        phraseCount: 6,
        packs: [{ id: pack.id, name: pack.name, version: pack.version, author: pack.author, language: 'zh-CN', installedAt: 1, locked: pack.locked, sites: [] }],
        categories: [],
        defaultPackRemoved: false,
        libraryVersion: null,
      };
    }
    if (type === 'exportPack') return { fileName: 'tea-shop-1.0.0.json', mimeType: 'application/json', text: TEA_SHOP };
    throw new Error(`unexpected request ${type}`);
  }) as OptionsServices['call'],
};

afterEach(cleanup);

describe('the lead reviews the team’s reports on the options page', () => {
  it('merges two reports, approves a flag both agents raised, and exports the next pack version with it as a rule', async () => {
    render(<TeamReviewSection services={services} />);
    fireEvent.change(screen.getByTestId('team-review-files'), {
      target: { files: [reportFile('小王', 2, [flag('老地方聊', '私下联系')]), reportFile('小李', 3, [flag('老地方聊', '站外交易'), flag('包治百病呀', '功效')])] },
    });

    await waitFor(() => expect(screen.getByTestId('team-review-loaded').textContent).toContain('已导入 2 份报告：小王、小李'));
    // The funnel's table: the phrase inserted 2 + 3 times, by 2 agents (format-1 reports: no suggestion counts).
    const funnelRow = within(screen.getByTestId('team-funnel-table')).getByText('冲泡方法').closest('tr');
    expect([...funnelRow!.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['冲泡方法', '', '0', '0', '5', '0', '0', '0', '5', '2', 'tea-shop/brew-001']);
    const flags = screen.getAllByTestId('team-review-flag');
    expect(flags).toHaveLength(2);
    expect(flags[0]?.textContent).toContain('老地方聊');
    expect(flags[0]?.textContent).toContain('2 人标记');

    fireEvent.click(within(flags[0]!).getByRole('button', { name: '通过' }));
    fireEvent.click(within(flags[1]!).getByRole('button', { name: '驳回' }));
    await waitFor(() => expect((screen.getByTestId('team-review-export') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('team-review-export'));

    expect(downloads).toHaveLength(1);
    const next = packSchema.parse(JSON.parse(downloads[0]!.text));
    expect(downloads[0]?.fileName).toBe('tea-shop-1.0.1.json');
    expect(next.version).toBe('1.0.1');
    expect(next.rules.flatMap((rule) => rule.terms)).toContain('老地方聊');
    expect(next.rules.flatMap((rule) => rule.terms)).not.toContain('包治百病呀');
    expect(screen.getByTestId('team-review-notice').textContent).toContain('含 1 条新规则');
  });

  it('names a file that is not an agent report and keeps going', async () => {
    render(<TeamReviewSection services={services} />);
    fireEvent.change(screen.getByTestId('team-review-files'), { target: { files: [new File(['{"kind":"other"}'], 'notes.json')] } });
    expect((await screen.findByRole('alert')).textContent).toContain('notes.json 不是有效的客服报告');
  });

  it('merges the good files of one drop, names each bad file with its own reason, and exports a chart’s table as CSV', async () => {
    downloads.length = 0;
    render(<TeamReviewSection services={services} />);
    fireEvent.change(screen.getByTestId('team-review-files'), {
      target: { files: [reportFile('小王', 2, []), new File(['not json'], 'notes.txt'), new File(['{"kind":"huashu-agent-report","format":9}'], 'future.json'), reportFile('小李', 4, [])] },
    });

    await waitFor(() => expect(screen.getByTestId('team-review-loaded').textContent).toContain('已导入 2 份报告：小王、小李'));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent ?? '');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('notes.txt 不是有效的客服报告：不是 JSON 文件');
    expect(alerts[1]).toContain('future.json 不是有效的客服报告');
    expect(alerts[1]).toContain('报告格式只能是 1 或 2');

    fireEvent.click(screen.getByTestId('team-funnel-csv'));
    expect(downloads.map((file) => file.fileName)).toEqual(['team-funnel.csv']);
    expect(downloads[0]?.text.split('\r\n').slice(0, 2)).toEqual([
      '\ufeff话术,分类,推荐,推荐了没用,插入,原样发送,改后发送,删掉,去向未知,使用人数,话术编号',
      '冲泡方法,,0,0,6,0,0,0,6,2,tea-shop/brew-001',
    ]);
  });
});
