import { useTranslation } from 'react-i18next';

/** The columns of a template's milestone table; the editor adds one for each row's actions. */
export function TemplateTableHead({ withActions = false }: { withActions?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('templates.columns.seq')}</th>
        <th scope="col">{t('templates.columns.name')}</th>
        <th scope="col">{t('templates.columns.stage')}</th>
        <th scope="col">{t('templates.columns.duration')}</th>
        <th scope="col">{t('templates.columns.dependsOn')}</th>
        <th scope="col">{t('templates.columns.target')}</th>
        {withActions && (
          <th scope="col">
            <span className="visually-hidden">{t('templates.columns.actions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
