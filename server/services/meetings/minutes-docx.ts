// The minutes (会议纪要) of a meeting as a Word document: attendees, the items discussed and why, and the
// decisions with their owner units and due dates. Text is written as it is (Chinese intact); the
// East Asian font is named so Word shows it in a Chinese face.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PrismaClient } from '../../db/generated/client.js';
import { formatAgendaReason } from '../../domain/meeting-agenda.js';
import { getMeeting } from './get-meeting.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const labels = {
  zh: {
    minutes: '会议纪要',
    heldOn: '会议日期',
    status: { draft: '筹备中', running: '进行中', finished: '已结束' },
    attendees: '参会单位',
    none: '（无）',
    agenda: '议题',
    decisions: '议定事项',
    columns: ['序号', '事项', '项目', '责任单位', '完成时限', '调整后目标日期'],
    overdue: '（已逾期）',
  },
  en: {
    minutes: 'Minutes',
    heldOn: 'Date',
    status: { draft: 'in preparation', running: 'in progress', finished: 'finished' },
    attendees: 'Units attending',
    none: '(none)',
    agenda: 'Items discussed',
    decisions: 'Decisions',
    columns: ['No.', 'Decision', 'Project', 'Owner unit', 'Due', 'New target date'],
    overdue: ' (overdue)',
  },
} as const;

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export async function minutesDocx({
  prisma,
  today,
  id,
  lang = 'zh',
}: {
  prisma: PrismaClient;
  today: string;
  id: number;
  lang?: 'zh' | 'en';
}): Promise<{ buffer: Buffer; heldOn: string }> {
  const meeting = await getMeeting({ prisma, today, id });
  const l = labels[lang];
  const decisionRows = meeting.decisions.map(
    (d, i) =>
      new TableRow({
        children: [
          cell(String(i + 1)),
          cell(d.text),
          cell(d.project ? `${d.project.code} ${d.project.name}` : '—'),
          cell(d.ownerUnit.name),
          cell(d.dueDate + (d.isOverdue ? l.overdue : '')),
          cell(d.newTargetDate ?? '—'),
        ],
      }),
  );
  const doc = new Document({
    creator: 'Backplan',
    title: `${meeting.title} ${l.minutes}`,
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' } } } } },
    sections: [
      {
        children: [
          new Paragraph({
            text: `${meeting.title} ${l.minutes}`,
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({ text: `${l.heldOn}：${meeting.heldOn}（${l.status[meeting.status]}）` }),
          new Paragraph({ text: `${l.attendees}：${meeting.units.map((u) => u.name).join('、') || l.none}` }),
          new Paragraph({ text: l.agenda, heading: HeadingLevel.HEADING_1 }),
          ...(meeting.agenda.length === 0 ? [new Paragraph({ text: l.none })] : []),
          ...meeting.agenda.map(
            (item, i) =>
              new Paragraph({
                children: [
                  new TextRun({ text: `${i + 1}. ${item.title}`, bold: true, ...(item.isRed && { color: 'C00000' }) }),
                  ...item.reasons.map((r) => new TextRun({ text: formatAgendaReason(r, lang), break: 1 })),
                ],
              }),
          ),
          new Paragraph({ text: l.decisions, heading: HeadingLevel.HEADING_1 }),
          meeting.decisions.length === 0
            ? new Paragraph({ text: l.none })
            : new Table({
                width: { size: 100, type: WidthType.PERCENTAGE },
                rows: [
                  new TableRow({ tableHeader: true, children: l.columns.map((c) => cell(c, true)) }),
                  ...decisionRows,
                ],
              }),
        ],
      },
    ],
  });
  return { buffer: await Packer.toBuffer(doc), heldOn: meeting.heldOn };
}
