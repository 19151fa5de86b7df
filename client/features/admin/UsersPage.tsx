import { useTranslation } from 'react-i18next';

export function UsersPage() {
  const { t } = useTranslation();
  return <h2 className="page__title">{t('admin.users.title')}</h2>;
}
