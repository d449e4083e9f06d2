import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * echarts through `echarts/core` with only what the team charts draw: the full `echarts` entry
 * carries a `new Function` (the built-code scan refuses it) and every chart type. SVG, not
 * canvas: crisp when the lead zooms, and smaller to ship.
 */
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type TeamChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export { echarts };
