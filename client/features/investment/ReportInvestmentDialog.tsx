import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZInvestmentCorrection, ZInvestmentReport } from '../../../server/domain/investment-input.js';
import { isApiError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useAfterInvestmentChange } from './use-investment.js';

export interface MonthToReport {
  year: number;
  month: number;
  report: { amount: string; comment: string; version: number } | null;
}

/**
 * A month's investment completed, with a comment: reported by the project's unit, or, for a locked
 * month, corrected by an admin with a reason.
 */
export function ReportInvestmentDialog({
  projectId,
  target,
  isCorrection,
  onDone,
  onCancel,
}: {
  projectId: number;
  target: MonthToReport;
  isCorrection: boolean;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const afterChange = useAfterInvestmentChange();
  const { id, titleId, errors, onError, submit, error } = useFormDialog();
  const period = { year: target.year, month: target.month };
  const onSuccess = async () => {
    await afterChange(projectId);
    onDone(t(isCorrection ? 'investment.section.corrected' : 'investment.section.saved', period));
  };
  // A conflict means the months shown are old: read them again, so the next try starts from the saved one.
  const onRefused: typeof onError = (refusal) => {
    if (isApiError(refusal) && refusal.data?.code === 'CONFLICT') void afterChange(projectId);
    onError(refusal);
  };
  const report = useMutation(trpc.investment.report.mutationOptions({ onError: onRefused, onSuccess }));
  const correct = useMutation(trpc.investment.correct.mutationOptions({ onError: onRefused, onSuccess }));

  function onSubmit(element: HTMLFormElement) {
    const form = Object.fromEntries(new FormData(element)) as Record<string, string>;
    const input = {
      ...form,
      projectId,
      ...period,
      ...(target.report && { expectedVersion: target.report.version }),
    };
    if (isCorrection) submit(ZInvestmentCorrection.safeParse(input), (parsed) => correct.mutate(parsed));
    else submit(ZInvestmentReport.safeParse(input), (parsed) => report.mutate(parsed));
  }

  const field = (name: string, hint?: string) => ({
    name,
    ...describedBy(`${id}-${name}`, { hint, error: error(name) }),
  });
  return (
    <FormDialog
      titleId={titleId}
      title={t(isCorrection ? 'investment.dialog.correctTitle' : 'investment.dialog.reportTitle', period)}
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      {isCorrection && <p className="field__hint investment__dialog-hint">{t('investment.dialog.correctHint')}</p>}
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <Field
        id={`${id}-amount`}
        label={t('investment.dialog.amount')}
        hint={t('investment.dialog.amountHint')}
        error={error('amount')}
      >
        <input
          inputMode="decimal"
          autoComplete="off"
          defaultValue={target.report?.amount ?? ''}
          {...field('amount', t('investment.dialog.amountHint'))}
        />
      </Field>
      <Field id={`${id}-comment`} label={t('investment.dialog.comment')} error={error('comment')} wide>
        <textarea rows={3} defaultValue={target.report?.comment ?? ''} {...field('comment')} />
      </Field>
      {isCorrection && (
        <Field id={`${id}-reason`} label={t('investment.dialog.reason')} error={error('reason')} wide>
          <textarea rows={2} {...field('reason')} />
        </Field>
      )}
      <DialogActions
        cancelLabel={t('investment.dialog.cancel')}
        submitLabel={t(isCorrection ? 'investment.dialog.saveCorrection' : 'investment.dialog.save')}
        isPending={report.isPending || correct.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
