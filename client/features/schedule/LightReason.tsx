import type { LightReason as TReason } from '../../../server/domain/light-reason.js';
import './schedule.css';
import { useT } from '../../lib/use-t.js';

/** "Why this light?" in one line, next to the light it explains; nothing when there is no light. */
export function LightReason({ reason, className = '' }: { reason: TReason | null; className?: string }) {
  const { t } = useT();
  if (!reason) return null;
  const text =
    'milestone' in reason
      ? t(`light.reason.${reason.kind}`, { milestone: reason.milestone, count: reason.days })
      : t(`light.reason.${reason.kind}`);
  return (
    <p
      className={`light-reason light-reason--${reason.light} ${className}`.trim()}
      data-testid="light-reason"
      title={text}
    >
      {text}
    </p>
  );
}
