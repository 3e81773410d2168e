/**
 * The "Yêu cầu kế hoạch" tab: the requests addressed to the unit (each with the unit's own
 * answer and "Lập kế hoạch", which starts the unit's draft from the request's plan), and the
 * requests it sent (each with how many units have issued), with "Gửi yêu cầu kế hoạch".
 */
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconGitBranch, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PlanRequestSummary } from '../../../../../common/contracts/plans.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useActiveRole } from '../../../lib/session.ts';
import { useDerivePlan } from '../api/derive-plan.ts';
import { usePlanRequests, type PlanRequestList } from '../api/get-plan-requests.ts';
import { useUnit } from '../api/get-unit.ts';
import { useToast } from '../hooks/use-toast.ts';
import { CreatePlanRequestModal } from './create-plan-request-modal.tsx';
import { canDraftPlans, yearsText } from './plan-words.ts';
import { RequestCompleteness } from './request-completeness.tsx';
import { RequestStateBadge } from './request-state-badge.tsx';

export function PlanRequestsPanel() {
  const m = useMessages();
  const w = m.plans.requests;
  const role = useActiveRole();
  const requests = usePlanRequests(role?.unitId);
  const unit = useUnit(role?.unitId);
  const [isCreating, setIsCreating] = useState(false);
  const canDraft = canDraftPlans(role?.role);
  const canAsk = canDraft && (unit.data?.childCount ?? 0) > 0;

  if (requests.isPending) return <PageLoader />;
  if (requests.isError) return <LoadError error={requests.error} onRetry={() => void requests.refetch()} />;
  const { sent, received } = requests.data;
  const showSent = canAsk || sent.length > 0;

  return (
    <Stack gap="md">
      <SectionCard id="plan-requests-received" title={w.receivedTitle} titleSize="h4" intro={w.receivedIntro}>
        {received.length === 0 ? (
          <Text size="sm" c="dimmed">
            {w.receivedEmpty}
          </Text>
        ) : (
          <ul className="plain-list plan-request-list">
            {received.map((request) => (
              <li key={request.id}>
                <ReceivedRequest request={request} canDraft={canDraft} />
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      {showSent ? (
        <SectionCard
          id="plan-requests-sent"
          title={w.sentTitle}
          titleSize="h4"
          intro={w.sentIntro}
          actions={
            canAsk ? (
              <Button size="sm" leftSection={<IconSend size={16} aria-hidden="true" />} onClick={() => setIsCreating(true)}>
                {w.create}
              </Button>
            ) : null
          }
        >
          {sent.length === 0 ? (
            <Text size="sm" c="dimmed">
              {w.sentEmpty}
            </Text>
          ) : (
            <ul className="plain-list plan-request-list">
              {sent.map((request) => (
                <li key={request.id}>
                  <SentRequest request={request} />
                </li>
              ))}
            </ul>
          )}
        </SectionCard>
      ) : null}
      {isCreating && unit.data ? <CreatePlanRequestModal unit={unit.data} onClose={() => setIsCreating(false)} /> : null}
    </Stack>
  );
}

function RequestHeading({ request, titleId }: { request: PlanRequestSummary; titleId: string }) {
  return (
    <Title order={3} size="h5" id={titleId} className="plan-request-title">
      <Anchor component={Link} to={`/plans/requests/${request.id}`} inherit>
        {request.title}
      </Anchor>
    </Title>
  );
}

function RequestMeta({ request, showIssuer }: { request: PlanRequestSummary; showIssuer: boolean }) {
  const m = useMessages();
  const w = m.plans.requests;
  return (
    <Text size="sm" c="dimmed">
      {[showIssuer ? w.from(request.issuer.name) : null, `${w.years}: ${yearsText(request.fromYear, request.toYear)}`, w.deadlineOn(formatDate(request.deadline))].filter(Boolean).join(' · ')}
    </Text>
  );
}

type ReceivedRequestSummary = PlanRequestList['received'][number];

/** "Lập kế hoạch": the unit's draft from the request's plan, answering the request. */
function ReceivedRequest({ request, canDraft }: { request: ReceivedRequestSummary; canDraft: boolean }) {
  const m = useMessages();
  const w = m.plans.requests;
  const role = useActiveRole();
  const navigate = useNavigate();
  const toast = useToast();
  const derive = useDerivePlan();
  const titleId = `plan-request-${request.id}-title`;
  const makePlan = () => {
    if (!role || !request.sourcePlan) return;
    derive.mutate(
      { unitId: role.unitId, parentPlanId: request.sourcePlan.id, requestId: request.id },
      {
        onSuccess: (detail) => {
          toast(m.plans.derive.done);
          void navigate(`/plans/${detail.id}`);
        },
      },
    );
  };
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <div className="page-header-text">
            <RequestHeading request={request} titleId={titleId} />
            <RequestMeta request={request} showIssuer />
          </div>
          <Group gap="xs">
            <Text size="sm" component="span">
              {w.myState}:
            </Text>
            <RequestStateBadge state={request.myState} />
          </Group>
        </Group>
        {request.instructions ? <Text size="sm">{request.instructions}</Text> : null}
        <FormError error={derive.error} />
        <Group gap="sm">
          {request.myPlanId ? (
            <Button component={Link} to={`/plans/${request.myPlanId}`} variant="light" size="sm">
              {w.openMyPlan}
            </Button>
          ) : canDraft && request.sourcePlan ? (
            <Button size="sm" leftSection={<IconGitBranch size={16} aria-hidden="true" />} onClick={makePlan} loading={derive.isPending} aria-label={w.makePlanLabel(request.title)}>
              {w.makePlan}
            </Button>
          ) : canDraft ? (
            <Alert color="gray" variant="light" p="xs">
              <Text size="sm">
                {w.noSourcePlan}{' '}
                <Anchor component={Link} to="/plans/new">
                  {w.writeOwn}
                </Anchor>
              </Text>
            </Alert>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function SentRequest({ request }: { request: PlanRequestSummary }) {
  const titleId = `plan-request-${request.id}-title`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <div>
          <RequestHeading request={request} titleId={titleId} />
          <RequestMeta request={request} showIssuer={false} />
        </div>
        <RequestCompleteness issued={request.unitsIssued} asked={request.unitsAsked} />
      </Stack>
    </Card>
  );
}
