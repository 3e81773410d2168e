/**
 * An issued plan's targets and reporting deadlines, read-only; each deadline with "Tạo đợt
 * báo cáo" for the unit's own drafters, which turns it into a report campaign of the unit.
 */
import { Button, Table, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PlanDetail } from '../../../../../common/contracts/plans.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { DeadlineCampaignModal } from './deadline-campaign-modal.tsx';
import { deadlineText } from './plan-words.ts';

export function PlanMeasuresView({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const w = m.plans;
  const [deadlineIndex, setDeadlineIndex] = useState<number | null>(null);
  const { targets, reportingDeadlines } = plan.content;
  const canMakeCampaign = plan.status === 'issued' && plan.can.attach;
  if (targets.length === 0 && reportingDeadlines.length === 0) return null;
  return (
    <>
      {targets.length > 0 ? (
        <SectionCard id="plan-targets-view" title={w.view.targetsTitle} titleSize="h4">
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing="xs" className="responsive-table">
              <TableHead columns={[w.editor.targetText, w.editor.targetValue]} />
              <Table.Tbody>
                {targets.map((target, i) => (
                  <Table.Tr key={i}>
                    <Table.Td data-label={w.editor.targetText}>{target.text}</Table.Td>
                    <Table.Td data-label={w.editor.targetValue} className="nowrap">
                      {w.view.targetRow(formatNumber(target.value, 2), target.unit, target.year ? String(target.year) : null)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SectionCard>
      ) : null}
      {reportingDeadlines.length > 0 ? (
        <SectionCard id="plan-deadlines-view" title={w.view.deadlinesTitle} titleSize="h4" intro={canMakeCampaign ? w.editor.deadlinesIntro : undefined}>
          <ul className="plain-list plan-deadline-list">
            {reportingDeadlines.map((deadline, i) => (
              <li key={i}>
                <div>
                  <Text size="sm" fw={600}>
                    {deadline.label} — {deadlineText(w, deadline)}
                  </Text>
                  {deadline.text ? (
                    <Text size="xs" c="dimmed">
                      “{deadline.text}”
                    </Text>
                  ) : null}
                </div>
                {canMakeCampaign ? (
                  <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden="true" />} aria-label={w.campaign.actionLabel(deadline.label)} onClick={() => setDeadlineIndex(i)}>
                    {w.campaign.action}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </SectionCard>
      ) : null}
      {deadlineIndex !== null ? <DeadlineCampaignModal plan={plan} deadlineIndex={deadlineIndex} onClose={() => setDeadlineIndex(null)} /> : null}
    </>
  );
}
