import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import { describeError, fieldMessages, isApiError, type FieldMessages } from '../../lib/errors.js';

/** Refusals the server sends about one field, put next to that field rather than above the form. */
const FIELD_OF_KEY: Record<string, string> = {
  'user.usernameTaken': 'username',
  'unit.codeTaken': 'code',
  'unit.nameTaken': 'name',
};

/**
 * A failed save as per-field messages (keyed by the form's own field names: 'patch.name' and
 * 'unitIds.0' become 'name' and 'unitIds') and one message for the whole form.
 */
export function formErrorsOf(error: unknown, t: TFunction): { fields: FieldMessages; form: string } {
  const fields: FieldMessages = {};
  for (const [path, message] of Object.entries(fieldMessages(error, t))) {
    const field = path.replace(/^patch\./, '').split('.')[0]!;
    fields[field] ??= message;
  }
  const form =
    error instanceof ZodError ? t('validation.failed', { ns: 'errors', keySeparator: false }) : describeError(error, t);
  const key = isApiError(error) ? error.data?.appError?.key : undefined;
  const field = key && FIELD_OF_KEY[key];
  if (field) fields[field] ??= form;
  return { fields, form };
}

/** A random temporary password an administrator can read out or paste (no look-alike characters). */
export function generatePassword(length = 14): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
