import type { ComponentPropsWithoutRef, ReactNode } from 'react';

interface UnitOption {
  id: number;
  name: string;
}

/** A choice of owner unit; `children` come before the units (an "any" choice), `after` behind them. */
export function UnitSelect({
  units,
  children,
  after,
  ...select
}: { units: readonly UnitOption[] | undefined; after?: ReactNode } & ComponentPropsWithoutRef<'select'>) {
  return (
    <select {...select}>
      {children}
      {units?.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
      {after}
    </select>
  );
}
