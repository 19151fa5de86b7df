import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, ECharts } from 'echarts/core';

/** Which segment was clicked: the series (a light, an age band…) and the data point (a stage, a unit…). */
export interface Segment {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * One ECharts chart. ECharts itself is fetched the first time a chart mounts (a chunk of its own), so
 * only the dashboard ever downloads it. The drawing is hidden from screen readers: each chart's card
 * carries a summary and a table of the same figures.
 */
export function EChart({
  option,
  onSegment,
  height,
}: {
  option: EChartsCoreOption;
  onSegment?: (segment: Segment) => void;
  height: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef({ option, onSegment });
  useEffect(() => {
    latest.current = { option, onSegment };
  });

  useEffect(() => {
    let isGone = false;
    let observer: ResizeObserver | undefined;
    const resize = () => chart.current?.resize();
    void import('./echarts-setup.js').then(({ init }) => {
      if (isGone || !box.current) return;
      const instance = init(box.current, null, { renderer: 'svg' });
      chart.current = instance;
      instance.setOption(latest.current.option);
      instance.on('click', (params) => {
        const { seriesIndex, dataIndex } = params as { seriesIndex?: number; dataIndex?: number };
        if (seriesIndex !== undefined && dataIndex !== undefined)
          latest.current.onSegment?.({ seriesIndex, dataIndex });
      });
      observer = new ResizeObserver(resize);
      observer.observe(box.current);
    });
    // Paper is narrower than the screen: redraw for it, and back afterwards.
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      isGone = true;
      observer?.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div className="echart" ref={box} style={{ height }} aria-hidden="true" />;
}
