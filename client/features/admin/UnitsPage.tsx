import { useTranslation } from 'react-i18next';

export function UnitsPage() {
  const { t } = useTranslation();
  return <h2 className="page__title">{t('admin.units.title')}</h2>;
}
