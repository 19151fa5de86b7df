import type { Light } from '../../../server/domain/schedule.js';
import { useT } from '../../lib/use-t.js';

const ICON: Record<Light | 'none', string> = { red: '✖', yellow: '▲', green: '●', none: '○' };

/** Colour alone is not enough (colour-blind readers, grey projectors): icon and word too. */
export function LightBadge({ light }: { light: Light | null }) {
  const { t } = useT();
  const key = light ?? 'none';
  return (
    <span className={`light light--${key}`} data-light={key}>
      <span aria-hidden="true">{ICON[key]}</span> {t(`light.${key}`)}
    </span>
  );
}
