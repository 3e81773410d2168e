/** A plan's status as a badge, the same in the list, on the plan page and in a request's table; the label always says it. */
import { Badge } from '@mantine/core';
import type { PlanStatus } from '../../../../../common/contracts/plans.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { PLAN_STATUS_COLOR } from './plan-words.ts';

export function PlanStatusBadge({ status, size = 'sm' }: { status: PlanStatus; size?: 'xs' | 'sm' | 'md' }) {
  const m = useMessages();
  return (
    <Badge color={PLAN_STATUS_COLOR[status]} variant={status === 'issued' ? 'filled' : 'light'} size={size} className="plan-status">
      {m.plans.statuses[status]}
    </Badge>
  );
}
