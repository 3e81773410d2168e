/** Where a unit stands with a plan request: Chưa có / Đang soạn / Đã ban hành; and "Muộn" when it is late. */
import { Badge } from '@mantine/core';
import type { PLAN_REQUEST_STATES } from '../../../../../common/contracts/plans.ts';
import { useMessages } from '../../../lib/i18n.tsx';

type RequestState = (typeof PLAN_REQUEST_STATES)[number];

// Filled green is the theme's darkened one (white text at AA); filled teal is not.
const COLOR: Record<RequestState, string> = { none: 'gray', draft: 'blue', issued: 'green' };

export function RequestStateBadge({ state }: { state: RequestState }) {
  const m = useMessages();
  return (
    <Badge color={COLOR[state]} variant={state === 'issued' ? 'filled' : 'light'} size="sm">
      {m.plans.requests.states[state]}
    </Badge>
  );
}

export function LateBadge() {
  const m = useMessages();
  return (
    <Badge color="red" variant="light" size="sm" title={m.plans.requests.lateHint}>
      {m.plans.requests.late}
    </Badge>
  );
}
