import { useTranslation } from 'react-i18next';
import type { OwnerUnit } from '../../lib/types.js';

export function UnitsTable({ units, onRename }: { units: OwnerUnit[]; onRename(unit: OwnerUnit): void }) {
  const { t } = useTranslation();
  return (
    <table className="admin-table admin-table--narrow">
      <thead>
        <tr>
          <th scope="col">{t('admin.units.columns.code')}</th>
          <th scope="col">{t('admin.units.columns.name')}</th>
          <th scope="col">{t('admin.units.columns.kind')}</th>
          <th scope="col">{t('admin.common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.id}>
            <td className="admin-table__code">{unit.code}</td>
            <th scope="row">{unit.name}</th>
            <td>
              <span className={`chip chip--${unit.kind}`}>{t(`admin.units.kinds.${unit.kind}`)}</span>
            </td>
            <td>
              <button
                type="button"
                aria-label={t('admin.units.renameLabel', { name: unit.name })}
                onClick={() => onRename(unit)}
              >
                {t('admin.units.rename')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
