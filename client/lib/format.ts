import { useTranslation } from 'react-i18next';
import { bureauDateTime } from '../../server/domain/bureau-time.js';
import { groupedAmount } from '../../server/domain/audit-labels.js';

/** Display only: amounts stay exact decimal strings everywhere else. */
export function formatAmount(amount: string, language: string): string {
  return groupedAmount(amount, language);
}

/** The locale dates are shown in, following the language switch. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en-GB' : 'zh-CN';
}

/**
 * A moment as '2026-12-03 14:05:09' in the bureau's time zone (Asia/Shanghai), in either language and
 * whatever the browser's zone: every screen that shows a time says so with `timeZone` words beside it.
 * The locale is accepted for the callers that pass it; the form is the same in both languages.
 */
export function formatDateTime(date: Date, _locale?: string, { seconds = true }: { seconds?: boolean } = {}): string {
  return bureauDateTime(date, { seconds });
}
