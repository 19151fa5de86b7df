import { useEffect, useRef, type CSSProperties } from 'react';
import type { EChartsCoreOption, ECharts } from 'echarts/core';

/** CSS pixels of one of three columns on A4 landscape, and the share of the screen height kept there. */
const PRINT_WIDTH = 330;
const PRINT_HEIGHT_SHARE = 0.8;

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
  const latest = useRef({ option, onSegment, height });
  useEffect(() => {
    latest.current = { option, onSegment, height };
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
    // Paper is narrower than the screen, and the print layout is made after 'beforeprint': the drawing
    // gets a viewBox so print CSS can scale it to its column, and loses it again afterwards.
    const svg = () => box.current?.querySelector('svg');
    const fitToPaper = () => {
      // Drawn at about a third of A4 landscape, so its words print at their size, not shrunk.
      const width = PRINT_WIDTH;
      const height = Math.round(latest.current.height * PRINT_HEIGHT_SHARE);
      chart.current?.resize({ width, height });
      chart.current?.getZr().refreshImmediately();
      svg()?.setAttribute('viewBox', `0 0 ${width} ${height}`);
    };
    const backToScreen = () => {
      svg()?.removeAttribute('viewBox');
      resize();
    };
    window.addEventListener('beforeprint', fitToPaper);
    window.addEventListener('afterprint', backToScreen);
    return () => {
      isGone = true;
      observer?.disconnect();
      window.removeEventListener('beforeprint', fitToPaper);
      window.removeEventListener('afterprint', backToScreen);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div className="echart" ref={box} style={{ '--chart-height': `${height}px` } as CSSProperties} aria-hidden="true" />
  );
}
