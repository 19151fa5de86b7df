import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import { DEFAULT_INVESTMENT_THRESHOLDS, DEFAULT_REMINDER_SETTINGS } from '../../domain/investment.js';
import type { ZInvestmentSettings } from '../../domain/investment-input.js';
import type { ActorOptions } from '../shared/actor-options.js';
import { authorize } from '../shared/authorize.js';
import { changedFields } from '../shared/record-audit.js';
import { recordChange } from '../shared/record-change.js';

const settingsSelect = {
  yellowBehindPoints: true,
  redBehindPoints: true,
  reportDueDay: true,
  reminderWorkingDays: true,
} as const;

const DEFAULTS = { ...DEFAULT_INVESTMENT_THRESHOLDS, ...DEFAULT_REMINDER_SETTINGS };

export type InvestmentSettingsView = z.output<typeof ZInvestmentSettings>;

/** The thresholds, due day and reminder; the defaults until an admin first saves them. */
export async function readInvestmentSettings({ prisma }: { prisma: PrismaClient }): Promise<InvestmentSettingsView> {
  const row = await prisma.investmentSettings.findUnique({ where: { id: 1 }, select: settingsSelect });
  return row ?? DEFAULTS;
}

/** An admin changes them; every card's investment light is re-lit with the new thresholds. */
export async function updateInvestmentSettings({ prisma, actor, input }: ActorOptions<InvestmentSettingsView>) {
  authorize(actor, 'manageInvestment');
  return prisma.$transaction(async (tx) => {
    const before = (await tx.investmentSettings.findUnique({ where: { id: 1 }, select: settingsSelect })) ?? DEFAULTS;
    const saved = await tx.investmentSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...input },
      update: input,
      select: settingsSelect,
    });
    await recordChange(tx, {
      actor,
      action: 'update',
      entityType: 'investmentSettings',
      entityId: 1,
      ...changedFields(before, saved),
      event: 'investmentSettings.changed',
    });
    return saved;
  });
}
