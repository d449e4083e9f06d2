import { describe, expect, it } from 'vitest';
import { groupedBars, stackedBars } from '../../../../components/console/team/team-chart-options';

/**
 * The team charts' axis labels are phrase texts and agent names read from report files a lead
 * was handed: their tooltips are drawn as SVG text, never as HTML the file could write into.
 */
describe('the team charts’ tooltips', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('are drawn in the chart (richText), for stacked and grouped bars alike', () => {
    const stacked = stackedBars([hostile], [{ name: '插入', values: [3] }], true);
    const grouped = groupedBars([hostile], [{ name: '平均分', values: [80] }], 100);
    expect(stacked.tooltip).toMatchObject({ renderMode: 'richText' });
    expect(grouped.tooltip).toMatchObject({ renderMode: 'richText' });
  });
});
