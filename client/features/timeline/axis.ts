/** Month starts between two ISO dates to label a timeline axis: every quarter, or only Januaries on long spans. */
export function axisTicks(start: string, end: string): { date: string; year: number; month: number }[] {
  const [startYear, startMonth] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const endYear = Number(end.slice(0, 4));
  const step = endYear - startYear > 4 ? 12 : 3;
  const ticks = [];
  for (let i = startYear * 12 + startMonth; ; i++) {
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    if (date > end) break;
    if ((month - 1) % step === 0) ticks.push({ date, year, month });
  }
  return ticks;
}
