import { useTranslation } from 'react-i18next';

export function AuditPage() {
  const { t } = useTranslation();
  return <h2 className="page__title">{t('admin.audit.title')}</h2>;
}
