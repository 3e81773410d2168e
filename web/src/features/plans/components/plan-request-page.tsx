/**
 * /plans/requests/:id — a plan request. Its issuer (and the units above) see every unit
 * asked: whether it has a plan yet (Chưa có / Đang soạn / Đã ban hành), the number, the
 * date, the published link (a new tab) and the signed scan, a "Muộn" mark, and how many have
 * issued ("12/40 đơn vị đã ban hành"). A unit asked sees its own row and "Lập kế hoạch".
 */
import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconExternalLink, IconGitBranch, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PLAN_REQUEST_STATES } from '../../../../../common/contracts/plans.ts';
import { formatDate, formatNumber } from '../../../../../common/text/format.ts';
import { compareVietnamese, toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { Fact } from '../../../components/fact.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useDerivePlan } from '../api/derive-plan.ts';
import { usePlanRequest, type PlanRequestDetail } from '../api/get-plan-request.ts';
import { planScanUrl } from '../api/plan-scan.ts';
import { useToast } from '../hooks/use-toast.ts';
import { PlansBreadcrumb } from './plan-page.tsx';
import { canDraftPlans, hasSerial, yearsText } from './plan-words.ts';
import { RequestCompleteness } from './request-completeness.tsx';
import { LateBadge, RequestStateBadge } from './request-state-badge.tsx';
import './plans.css';

type StateFilter = 'all' | (typeof PLAN_REQUEST_STATES)[number];

export function PlanRequestPage() {
  const m = useMessages();
  const w = m.plans.requests;
  const id = Number(useParams().id);
  const request = usePlanRequest(id);
  const role = useActiveRole();
  usePageTitle(request.data?.title ?? m.plans.tabRequests);

  if (request.isPending) return <PageLoader />;
  if (request.isError) {
    const isMissing = request.error instanceof ApiError && request.error.status === 404;
    return (
      <Stack gap="md">
        <PageHeader above={<PlansBreadcrumb current={m.plans.tabRequests} />} title={m.plans.tabRequests} />
        {isMissing ? (
          <Alert color="orange" variant="light">
            {w.notFound}{' '}
            <Anchor component={Link} to="/plans?tab=requests">
              {m.plans.backToList}
            </Anchor>
          </Alert>
        ) : (
          <LoadError error={request.error} onRetry={() => void request.refetch()} />
        )}
      </Stack>
    );
  }
  const detail = request.data;
  const mine = detail.units.length === 1 && detail.units[0]!.unit.id === role?.unitId && detail.issuer.id !== role?.unitId ? detail.units[0]! : null;

  return (
    <Stack gap="md">
      <PageHeader
        above={<PlansBreadcrumb current={detail.title} />}
        title={detail.title}
        description={`${w.from(detail.issuer.name)} · ${w.years}: ${yearsText(detail.fromYear, detail.toYear)} · ${w.deadlineOn(formatDate(detail.deadline))}`}
      />
      <div className="plan-read-layout plan-request-layout">
        <Stack gap="md">
          {mine ? <MyAnswer request={detail} /> : <UnitsTable request={detail} />}
        </Stack>
        <Stack gap="md" className="plan-read-side">
          <SectionCard id="plan-request-facts" title={w.factsTitle} titleSize="h4">
            <Stack gap="sm">
              <dl className="facts">
                <Fact label={w.issuer}>{detail.issuer.name}</Fact>
                <Fact label={w.years}>{yearsText(detail.fromYear, detail.toYear)}</Fact>
                <Fact label={w.deadline}>{formatDate(detail.deadline)}</Fact>
                <Fact label={w.sourcePlan}>
                  {detail.sourcePlan && mine ? (
                    // The issuer's plan lies above the unit asked: named, not opened.
                    [hasSerial(detail.sourcePlan.number) ? m.plans.numberShort(detail.sourcePlan.number) : null, detail.sourcePlan.title].filter(Boolean).join(' — ')
                  ) : detail.sourcePlan ? (
                    <Anchor component={Link} to={`/plans/${detail.sourcePlan.id}`} size="sm">
                      {[hasSerial(detail.sourcePlan.number) ? m.plans.numberShort(detail.sourcePlan.number) : null, detail.sourcePlan.title].filter(Boolean).join(' — ')}
                    </Anchor>
                  ) : (
                    m.app.none
                  )}
                </Fact>
              </dl>
              {detail.instructions ? (
                <div>
                  <Text size="sm" fw={600}>
                    {w.instructions}
                  </Text>
                  <Text size="sm" className="plan-prewrap">
                    {detail.instructions}
                  </Text>
                </div>
              ) : null}
            </Stack>
          </SectionCard>
          {mine ? null : (
            <SectionCard id="plan-request-completeness" title={w.completeness} titleSize="h4">
              <RequestCompleteness issued={detail.unitsIssued} asked={detail.unitsAsked} />
            </SectionCard>
          )}
        </Stack>
      </div>
    </Stack>
  );
}

/** A unit asked: its own answer, and the way to start its plan from the request's. */
function MyAnswer({ request }: { request: PlanRequestDetail }) {
  const m = useMessages();
  const w = m.plans.requests;
  const role = useActiveRole();
  const navigate = useNavigate();
  const toast = useToast();
  const derive = useDerivePlan();
  const row = request.units[0]!;
  const canDraft = canDraftPlans(role?.role);
  return (
    <SectionCard id="plan-request-mine" title={w.myState} titleSize="h4">
      <Stack gap="sm">
        <Group gap="xs">
          <RequestStateBadge state={row.state} />
          {row.late ? <LateBadge /> : null}
          {row.plan ? (
            <Text size="sm">
              {[hasSerial(row.plan.number) ? m.plans.numberShort(row.plan.number) : null, row.plan.issuedOn ? formatDate(row.plan.issuedOn) : null].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </Group>
        <FormError error={derive.error} />
        <Group gap="sm">
          {row.plan ? (
            <Button component={Link} to={`/plans/${row.plan.id}`} variant="light">
              {w.openMyPlan}
            </Button>
          ) : canDraft && request.sourcePlan ? (
            <Button
              leftSection={<IconGitBranch size={18} aria-hidden="true" />}
              loading={derive.isPending}
              onClick={() =>
                role &&
                request.sourcePlan &&
                derive.mutate(
                  { unitId: role.unitId, parentPlanId: request.sourcePlan.id, requestId: request.id },
                  {
                    onSuccess: (detail) => {
                      toast(m.plans.derive.done);
                      void navigate(`/plans/${detail.id}`);
                    },
                  },
                )
              }
            >
              {w.makePlan}
            </Button>
          ) : canDraft ? (
            <Text size="sm">
              {w.noSourcePlan}{' '}
              <Anchor component={Link} to="/plans/new">
                {w.writeOwn}
              </Anchor>
            </Text>
          ) : null}
        </Group>
      </Stack>
    </SectionCard>
  );
}

function UnitsTable({ request }: { request: PlanRequestDetail }) {
  const m = useMessages();
  const w = m.plans.requests;
  const col = w.col;
  const [filter, setFilter] = useState<StateFilter>('all');
  const [search, setSearch] = useState('');
  const counts = useMemo(() => Object.fromEntries(PLAN_REQUEST_STATES.map((state) => [state, request.units.filter((row) => row.state === state).length])) as Record<(typeof PLAN_REQUEST_STATES)[number], number>, [request.units]);
  const rows = useMemo(() => {
    const key = toSearchKey(search);
    return [...request.units]
      .filter((row) => (filter === 'all' || row.state === filter) && (!key || toSearchKey(`${row.unit.name} ${row.unit.code}`).includes(key)))
      .sort((a, b) => compareVietnamese(a.unit.name, b.unit.name));
  }, [request.units, filter, search]);

  return (
    <SectionCard id="plan-request-units" title={`${w.unitsTitle} (${formatNumber(request.units.length)})`} titleSize="h4">
      <Stack gap="sm">
        <div className="plan-filters" role="search" aria-label={w.unitsLabel}>
          <TextInput
            className="plan-filter-search"
            type="search"
            label={w.searchUnit}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            autoComplete="off"
          />
          <div>
            <Text size="sm" fw={500} id="plan-request-filter-label" mb={4}>
              {w.filterState}
            </Text>
            <SegmentedControl
              aria-labelledby="plan-request-filter-label"
              value={filter}
              onChange={(value) => setFilter(value as StateFilter)}
              data={[
                { value: 'all', label: `${w.allStates} (${formatNumber(request.units.length)})` },
                ...PLAN_REQUEST_STATES.map((state) => ({ value: state, label: `${w.states[state]} (${formatNumber(counts[state])})` })),
              ]}
            />
          </div>
        </div>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" role="status">
            {w.noUnitMatch}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table striped verticalSpacing="xs" className="responsive-table plan-request-table" aria-label={w.unitsLabel} data-testid="plan-request-units">
              <TableHead columns={[col.unit, col.state, col.number, col.issuedOn, col.link, col.scan, col.timeliness]} />
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.unit.id} data-late={row.late ? 'true' : undefined}>
                    <Table.Td>
                      {row.plan ? (
                        <Anchor component={Link} to={`/plans/${row.plan.id}`} fw={600} aria-label={w.openPlan(row.unit.name)}>
                          {row.unit.name}
                        </Anchor>
                      ) : (
                        <Text span fw={600} size="sm">
                          {row.unit.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={col.state}>
                      <RequestStateBadge state={row.state} />
                    </Table.Td>
                    <Table.Td data-label={col.number} className="nowrap">
                      {row.plan && hasSerial(row.plan.number) ? row.plan.number : m.app.none}
                    </Table.Td>
                    <Table.Td data-label={col.issuedOn} className="nowrap">
                      {row.plan?.issuedOn ? formatDate(row.plan.issuedOn) : m.app.none}
                    </Table.Td>
                    <Table.Td data-label={col.link}>
                      {row.plan?.linkUrl ? (
                        <Anchor href={row.plan.linkUrl} target="_blank" rel="noopener noreferrer" size="sm" aria-label={`${w.openLinkLabel(row.unit.name)} ${m.nav.opensInNewTab}`}>
                          <IconExternalLink size={14} aria-hidden="true" /> {w.openLink}
                        </Anchor>
                      ) : (
                        m.app.none
                      )}
                    </Table.Td>
                    <Table.Td data-label={col.scan}>
                      {row.plan?.hasScan ? (
                        <Anchor href={planScanUrl(row.plan.id)} download size="sm" aria-label={w.downloadScanLabel(row.unit.name)}>
                          <IconDownload size={14} aria-hidden="true" /> {w.downloadScan}
                        </Anchor>
                      ) : (
                        m.app.none
                      )}
                    </Table.Td>
                    <Table.Td data-label={col.timeliness}>{row.late ? <LateBadge /> : row.state === 'issued' ? <Text span size="sm" c="teal.8">{w.onTime}</Text> : m.app.none}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </SectionCard>
  );
}
