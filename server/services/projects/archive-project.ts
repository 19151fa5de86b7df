import type { PrismaClient } from '../../db/generated/client.js';
import { setArchived, type ArchiveOptions } from './archive-state.js';

/** Takes the project off every board (live), keeping it and its history. */
export async function archiveProject({ prisma, ...options }: ArchiveOptions & { prisma: PrismaClient }) {
  return prisma.$transaction((tx) => setArchived(tx, options, true));
}
