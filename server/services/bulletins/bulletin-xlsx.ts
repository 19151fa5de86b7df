// The bulletin as an Excel workbook: the rows bulletin.get gives, ranked, with the rate as a percentage.
import ExcelJS from 'exceljs';
import type { PrismaClient } from '../../db/generated/client.js';
import { BULLETIN_FIGURES, bulletinLabels } from '../../domain/bulletin.js';
import { getBulletin } from './get-bulletin.js';
import type { TBulletinQueryOutput } from './compute-bulletin.js';

export async function bulletinXlsx({
  prisma,
  today,
  query,
  lang,
}: {
  prisma: PrismaClient;
  today: string;
  query: TBulletinQueryOutput;
  lang: 'zh' | 'en';
}): Promise<{ buffer: Buffer; from: string; to: string }> {
  const bulletin = await getBulletin({ prisma, today, query });
  const labels = bulletinLabels[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Backplan';
  const sheet = workbook.addWorksheet(labels.sheet);
  sheet.columns = [
    { header: labels.rank, key: 'rank', width: 8 },
    { header: labels.unit, key: 'unit', width: 24 },
    { header: labels.onTimeRate, key: 'onTimeRate', width: 14, style: { numFmt: '0.0%' } },
    ...BULLETIN_FIGURES.map((f) => ({ header: labels.figures[f], key: f, width: 16 })),
  ];
  for (const row of bulletin.units) {
    sheet.addRow({ ...row, rank: row.rank ?? '—', unit: row.unit.name, onTimeRate: row.onTimeRate ?? '—' });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRow([]);
  sheet.addRow([labels.period, `${bulletin.from} – ${bulletin.to}`]);
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), from: bulletin.from, to: bulletin.to };
}
