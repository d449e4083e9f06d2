import { CONSOLE_THEME } from '../console-theme';
import type { TeamChartOption } from './echarts-setup';

/** The series colours: the console's own palette, so 删掉 reads as the danger colour everywhere. */
const COLOURS = {
  good: CONSOLE_THEME.token?.colorSuccess ?? '#217a3c',
  warn: CONSOLE_THEME.token?.colorWarning ?? '#a15c00',
  bad: CONSOLE_THEME.token?.colorError ?? '#c02b2b',
  primary: CONSOLE_THEME.token?.colorPrimary ?? '#1664d9',
  muted: '#b8bec7',
  /** Suggested and not taken: the bar's empty end, drawn lightest. */
  faint: '#dbe6f7',
};
const PALETTE = [COLOURS.primary, '#13a8a8', COLOURS.warn, '#7b4fd6', COLOURS.good, '#d4380d', '#2f54eb', '#c41d7f'];

export interface StackSeries {
  name: string;
  values: readonly number[];
  colour?: string;
}

/**
 * Tooltips drawn in the chart's own SVG (richText), not as HTML: the axis labels are phrase texts
 * and agent names from report files a lead was handed, which must never become markup.
 */
const TOOLTIP = { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' } as const;

/** What every team chart shares: the palette, no animation, SVG-text tooltips, the legend on top. */
const FRAME = {
  color: PALETTE,
  animation: false,
  tooltip: TOOLTIP,
  legend: { top: 0 },
  grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
};

/** Long phrases would push the bars off the card: the axis shows their start, the table the whole. */
function shortLabel(label: string): string {
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}

/** Horizontal stacked bars, one per category (a phrase, a rule), largest first at the top. */
export function stackedBars(categories: readonly string[], series: readonly StackSeries[], horizontal: boolean): TeamChartOption {
  const categoryAxis = { type: 'category' as const, data: categories.map(shortLabel), inverse: horizontal, axisLabel: { interval: 0 } };
  const valueAxis = { type: 'value' as const, minInterval: 1 };
  return {
    ...FRAME,
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((entry) => ({
      type: 'bar' as const,
      name: entry.name,
      stack: 'total',
      data: [...entry.values],
      barMaxWidth: 28,
      ...(entry.colour ? { itemStyle: { color: entry.colour } } : {}),
      emphasis: { focus: 'series' as const },
    })),
  };
}

/** Side-by-side bars (not stacked): e.g. a trainee's average and best score. */
export function groupedBars(categories: readonly string[], series: readonly StackSeries[], max?: number): TeamChartOption {
  return {
    ...FRAME,
    xAxis: { type: 'category', data: categories.map(shortLabel), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', ...(max === undefined ? {} : { max }) },
    series: series.map((entry) => ({
      type: 'bar' as const,
      name: entry.name,
      data: [...entry.values],
      barMaxWidth: 40,
      ...(entry.colour ? { itemStyle: { color: entry.colour } } : {}),
    })),
  };
}

export { COLOURS };
