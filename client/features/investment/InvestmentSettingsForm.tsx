import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZInvestmentSettings } from '../../../server/domain/investment-input.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { FormAlert } from '../../ui/FormDialog.js';
import { QueryState } from '../../ui/QueryState.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';

const FIELDS = [
  ['yellowBehindPoints', 'yellow', 0, 100],
  ['redBehindPoints', 'red', 0, 100],
  ['reportDueDay', 'dueDay', 1, 28],
  ['reminderWorkingDays', 'reminderDays', 0, 10],
] as const;

/** The thresholds of the investment light, the reporting due day and the reminder; an admin's. */
export function InvestmentSettingsForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.investment.settings.queryOptions());
  const [saved, setSaved] = useState('');
  const { id, errors, onError, submit, error } = useFormDialog();
  const update = useMutation(
    trpc.investment.updateSettings.mutationOptions({
      onError,
      onSuccess: async () => {
        setSaved(t('investment.admin.saved'));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.investment.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
        ]);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved('');
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const numbers = Object.fromEntries(
      Object.entries(form).map(([key, value]) => [key, value.trim() === '' ? undefined : Number(value)]),
    );
    submit(ZInvestmentSettings.safeParse(numbers), (input) => update.mutate(input));
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('investment.admin.settingsTitle')}</h3>
      <p className="investment__notice" role="status">
        {saved}
      </p>
      <QueryState query={settings} loading={t('investment.admin.loading')}>
        {(data) => (
          <form className="investment-admin__settings" onSubmit={onSubmit} noValidate>
            <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
            {FIELDS.map(([name, label, min, max]) => (
              <Field key={name} id={`${id}-${name}`} label={t(`investment.admin.${label}`)} error={error(name)}>
                <input
                  type="number"
                  name={name}
                  min={min}
                  max={max}
                  step={1}
                  defaultValue={data[name]}
                  {...describedBy(`${id}-${name}`, { error: error(name) })}
                />
              </Field>
            ))}
            <div className="dialog__actions">
              <button type="submit" className="primary" disabled={update.isPending}>
                {t('investment.admin.save')}
              </button>
            </div>
          </form>
        )}
      </QueryState>
    </section>
  );
}
