import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { echarts, type TeamChartOption } from './echarts-setup';

/**
 * One echarts chart. The chart is a picture (role="img") named by the text summary shown with it; the table
 * beside it is the accessible form, so the SVG's own shapes stay out of the accessibility tree.
 */
export function TeamChart({ option, labelledBy, height, testId }: { option: TeamChartOption; labelledBy: string; height: number; testId: string }) {
  const { lang } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'svg', locale: lang === 'zh-CN' ? 'ZH' : 'EN' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lang]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, lang]);

  return <div ref={host} role="img" aria-labelledby={labelledBy} data-testid={testId} className="hs-team-chart" style={{ height }} />;
}
