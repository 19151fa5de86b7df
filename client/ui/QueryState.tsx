import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors.js';

/** What a screen shows while its query loads or after it fails; `children` draws the data once it is there. */
export function QueryState<T>({
  query,
  loading,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  loading: string;
  children(data: T): ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <p className="status">{loading}</p>;
  if (query.isError)
    return (
      <p className="status status--error" role="alert">
        {describeError(query.error, t)}
      </p>
    );
  return <>{children(query.data)}</>;
}
