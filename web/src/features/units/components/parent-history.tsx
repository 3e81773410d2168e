/** The parent units a unit has had, oldest first: the 2025 reform reads as two lines. */
import { Anchor, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

/** `closedOn`: the unit's own validTo — an open-ended period of a closed unit ends there, not "now". */
export function ParentHistory({ history, closedOn }: { history: UnitDetail['parentHistory']; closedOn: string | null }) {
  const m = useMessages();
  if (history.length === 0) return <Text c="dimmed">{m.app.none}</Text>;
  const current = history.findIndex((period) => period.validTo === null);
  return (
    <Timeline active={current === -1 ? history.length - 1 : current} bulletSize={16} lineWidth={2}>
      {history.map((period, i) => (
        <Timeline.Item
          key={`${period.parent.id}-${i}`}
          bullet={period.validTo === null && closedOn === null ? <span className="timeline-dot" /> : undefined}
          title={
            <Anchor component={Link} to={`/units/${period.parent.id}`} fw={600}>
              {period.parent.name}
            </Anchor>
          }
        >
          <Text size="sm" c="dimmed">
            {m.units.period(period.validFrom ? formatDate(period.validFrom) : m.units.sinceStart, period.validTo ? formatDate(period.validTo) : closedOn ? formatDate(closedOn) : m.units.untilNow)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
