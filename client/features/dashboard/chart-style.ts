// What every dashboard chart shares: the lights' colours (as on the cards), readable type for the wall
// screen, and number formats made once per language.
import { DASHBOARD_LIGHTS, type DashboardLight } from '../../../server/domain/dashboard.js';

export const LIGHT_COLOURS: Record<DashboardLight, string> = {
  red: '#c62828',
  yellow: '#f2b600',
  green: '#2e7d32',
  none: '#a0a8b4',
};
export { DASHBOARD_LIGHTS };

export const AGE_COLOURS = ['#f6c28b', '#ef8a3c', '#c8571b', '#7f2d0b'];

export const TEXT = { color: '#1f2933', fontSize: 14 };

export const TOOLTIP = { trigger: 'item' as const, confine: true, textStyle: { fontSize: 14 } };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Amounts and percentages, grouped the reader's way, at most `digits` decimals. */
export function formatNumber(value: number, language: string, digits = 0): string {
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
