import type { FormEvent, ReactNode } from 'react';
import { ModalDialog } from './ModalDialog.js';

/** A modal form with its title; submitting hands over the form (the browser's own submit is held back). */
export function FormDialog({
  titleId,
  title,
  className = 'dialog__form',
  onClose,
  onSubmit,
  children,
}: {
  titleId: string;
  title: ReactNode;
  className?: string;
  onClose(): void;
  onSubmit(form: HTMLFormElement): void;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(event.currentTarget);
  }
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form className={className} onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        {children}
      </form>
    </ModalDialog>
  );
}

/** Why the whole form was refused, announced as it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error" role="alert">
      {message}
    </p>
  );
}

/** The footer: any extra action first, then Cancel, then the form's own submit. */
export function DialogActions({
  cancelLabel,
  submitLabel,
  isPending,
  onCancel,
  children,
}: {
  cancelLabel: string;
  submitLabel: string;
  isPending?: boolean;
  onCancel(): void;
  children?: ReactNode;
}) {
  return (
    <div className="dialog__actions">
      {children}
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="primary" disabled={isPending}>
        {submitLabel}
      </button>
    </div>
  );
}
