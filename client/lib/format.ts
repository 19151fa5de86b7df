import { useTranslation } from 'react-i18next';

/** Display only: amounts stay exact decimal strings everywhere else. */
export function formatAmount(amount: string, language: string): string {
  const [whole = '0', fraction = '00'] = amount.split('.');
  const grouped = new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN').format(BigInt(whole));
  return fraction === '00' ? grouped : `${grouped}.${fraction}`;
}

/** The locale dates and times are shown in, following the language switch. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en-GB' : 'zh-CN';
}

export function formatDateTime(date: Date, locale: string): string {
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}
