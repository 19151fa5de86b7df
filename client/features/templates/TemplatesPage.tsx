import { useTranslation } from 'react-i18next';

export function TemplatesPage() {
  const { t } = useTranslation();
  return <h2 className="page__title">{t('templates.title')}</h2>;
}
