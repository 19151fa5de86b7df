import { useTranslation } from 'react-i18next';

export function PortfolioTimelinePage() {
  const { t } = useTranslation();
  return <h2 className="page__title">{t('timeline.title')}</h2>;
}
