import type { ReactNode } from 'react';

/** A labelled form field with its hint and, after a refusal, its error right beneath it. */
export function Field({
  id,
  label,
  hint,
  error,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** The input's side of `Field`: its id, and which hint and error describe it. */
export function describedBy(id: string, { hint, error }: { hint?: string | undefined; error?: string | undefined }) {
  // The error, once there is one, says what the hint said and more: only one of them shows.
  const ids = error ? `${id}-error` : hint ? `${id}-hint` : '';
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}
