import { useTranslation } from 'react-i18next';

export function CalendarPage() {
  const { t } = useTranslation();
  return <h2 className="page__title">{t('calendar.title')}</h2>;
}
