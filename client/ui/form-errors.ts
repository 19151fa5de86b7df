import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import { describeError, fieldMessages, isApiError, type FieldMessages } from '../lib/errors.js';

/** A failed save: per-field messages and one message for the whole form. */
export interface FormErrors {
  fields: FieldMessages;
  form: string;
}

/**
 * A failed save as per-field messages (keyed by the form's own field names: 'patch.name' and
 * 'unitIds.0' become 'name' and 'unitIds') and one message for the whole form. `fieldOfKey` names
 * the field a whole-request refusal is about (say 'unit.codeTaken' → 'code'), so it shows beside it.
 */
export function formErrorsOf(
  error: unknown,
  t: TFunction,
  fieldOfKey: Readonly<Record<string, string>> = {},
): FormErrors {
  const fields: FieldMessages = {};
  for (const [path, message] of Object.entries(fieldMessages(error, t))) {
    const field = path.replace(/^patch\./, '').split('.')[0]!;
    fields[field] ??= message;
  }
  const form =
    error instanceof ZodError ? t('validation.failed', { ns: 'errors', keySeparator: false }) : describeError(error, t);
  const key = isApiError(error) ? error.data?.appError?.key : undefined;
  const field = key && fieldOfKey[key];
  if (field) fields[field] ??= form;
  return { fields, form };
}
