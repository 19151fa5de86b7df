import type { PrismaClient } from '../../db/generated/client.js';
import { setArchived, type ArchiveOptions } from './archive-state.js';

/** Brings an archived project back to its stage, at the end of that column. */
export async function restoreProject({ prisma, ...options }: ArchiveOptions & { prisma: PrismaClient }) {
  return prisma.$transaction((tx) => setArchived(tx, options, false));
}
