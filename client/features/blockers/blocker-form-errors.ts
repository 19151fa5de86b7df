import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/errors.js';
import { formErrorsOf } from '../admin/form-errors.js';

/** Refusals about one field that the server sends as a whole-request error: shown beside that field. */
const FIELD_OF_KEY: Record<string, string> = {
  'blocker.targetBeforeToday': 'targetDate',
  'unit.notFound': 'responsibleUnitId',
};

/** A refused blocker form as per-field messages and one message for the whole form. */
export function blockerFormErrors(error: unknown, t: TFunction) {
  const errors = formErrorsOf(error, t);
  const key = isApiError(error) ? error.data?.appError?.key : undefined;
  const field = key && FIELD_OF_KEY[key];
  if (field) errors.fields[field] ??= errors.form;
  return errors;
}
