/** Every version of the plan, newest first: number, date and status, each a link; the one on screen marked. */
import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { hasSerial } from './plan-words.ts';

export function PlanVersions({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const w = m.plans;
  return (
    <SectionCard id="plan-versions" title={w.versionsTitle} titleSize="h4">
      <ul className="plain-list plan-versions">
        {plan.versions.map((version) => {
          const isCurrent = version.id === plan.id;
          const facts = [hasSerial(version.number) ? w.numberShort(version.number) : null, version.issuedOn ? formatDate(version.issuedOn) : null].filter(Boolean).join(' · ');
          return (
            <li key={version.id} data-current={isCurrent ? 'true' : undefined}>
              <Group gap="xs" wrap="wrap">
                {isCurrent ? (
                  <Text size="sm" fw={600} aria-current="page">
                    {w.versionRow(String(version.version))} ({w.thisVersion})
                  </Text>
                ) : (
                  <Anchor component={Link} to={`/plans/${version.id}`} size="sm" fw={600}>
                    {w.versionRow(String(version.version))}
                  </Anchor>
                )}
                <PlanStatusBadge status={version.status} size="xs" />
              </Group>
              {facts ? (
                <Text size="xs" c="dimmed">
                  {facts}
                </Text>
              ) : null}
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}
