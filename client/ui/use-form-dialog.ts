import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from './form-errors.js';

type Parsed<T> = { success: true; data: T } | { success: false; error: unknown };

/**
 * What every form dialog keeps: ids for its title and fields, and the errors of the last refusal.
 * `submit` checks the server's own schema first, so a mistake is named before anything is sent.
 */
export function useFormDialog(fieldOfKey?: Readonly<Record<string, string>>) {
  const { t } = useTranslation();
  const id = useId();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const onError = (error: unknown) => setErrors(formErrorsOf(error, t, fieldOfKey));
  function submit<T>(parsed: Parsed<T>, send: (input: T) => void) {
    if (!parsed.success) return onError(parsed.error);
    setErrors(null);
    send(parsed.data);
  }
  return {
    id,
    titleId: `${id}-title`,
    errors,
    onError,
    submit,
    error: (name: string): string | undefined => errors?.fields[name],
  };
}
