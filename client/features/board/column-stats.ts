// What a column header sums up. Amounts are exact decimal strings in 万元 ('12000.50'); they are
// added as whole 分 (hundredths) in BigInt, so a column of a thousand projects adds up to the cent.
import type { Card } from '../../lib/types.js';

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** '12000.5' → 1200050n hundredths; throws on anything that is not a non-negative decimal amount. */
export function toHundredths(amount: string): bigint {
  const match = AMOUNT.exec(amount.trim());
  if (!match) throw new Error(`not an amount: ${amount}`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

export function fromHundredths(hundredths: bigint): string {
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}

/** The exact sum of decimal amounts, with two decimals ('0.00' for none). */
export function sumAmounts(amounts: Iterable<string>): string {
  let total = 0n;
  for (const amount of amounts) total += toHundredths(amount);
  return fromHundredths(total);
}

export interface ColumnStats {
  count: number;
  totalInvestment: string;
  plannedInvestment: string;
  red: number;
  yellow: number;
  blocked: number;
}

type StatsCard = Pick<Card, 'totalInvestment' | 'plannedInvestment' | 'blockers'> & {
  schedule: Pick<Card['schedule'], 'light'>;
};

export function columnStats(cards: readonly StatsCard[]): ColumnStats {
  let total = 0n;
  let planned = 0n;
  let red = 0;
  let yellow = 0;
  let blocked = 0;
  for (const card of cards) {
    total += toHundredths(card.totalInvestment);
    planned += toHundredths(card.plannedInvestment);
    if (card.schedule.light === 'red') red++;
    else if (card.schedule.light === 'yellow') yellow++;
    if (card.blockers.open > 0) blocked++;
  }
  return {
    count: cards.length,
    totalInvestment: fromHundredths(total),
    plannedInvestment: fromHundredths(planned),
    red,
    yellow,
    blocked,
  };
}
