// The ledger's two HTTP routes as the browser uses them: the export link carrying the board's view,
// and the upload of a workbook's bytes for a dry run or for real.
import { serialiseView, type BoardView } from '../../../server/domain/board-view.js';
import type { LedgerImportAnswer } from '../../../server/domain/ledger.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The export of what the board shows: its filters and search (grouping and meeting mode hide nothing). */
export function ledgerExportHref(view: BoardView, lang: 'zh' | 'en'): string {
  const params = serialiseView({ ...view, group: 'none', meeting: false });
  params.set('lang', lang);
  return `/exports/ledger.xlsx?${params.toString()}`;
}

/** A refusal of the whole file, already in the reader's language (the server was asked in it). */
export class LedgerUploadError extends Error {
  /** The HTTP status, for an answer that carried no words of ours (a proxy's 413, say). */
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function uploadLedger(
  file: Blob,
  { dryRun, lang }: { dryRun: boolean; lang: 'zh' | 'en' },
): Promise<LedgerImportAnswer> {
  const response = await fetch(`/imports/ledger?lang=${lang}${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': XLSX_TYPE },
    body: file,
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as LedgerImportAnswer;
  const message = body && typeof body === 'object' && 'message' in body ? String(body.message) : '';
  throw new LedgerUploadError(message, response.status);
}
