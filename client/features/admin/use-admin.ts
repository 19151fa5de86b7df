import { useTranslation } from 'react-i18next';

/** The locale dates and times are shown in, following the language switch. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en-GB' : 'zh-CN';
}

export function formatDateTime(date: Date, locale: string): string {
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

export interface Notice {
  text: string;
  isError: boolean;
}
