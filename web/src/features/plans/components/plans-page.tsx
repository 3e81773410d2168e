/**
 * /plans — "Kế hoạch": the active unit's plans and letters (or, switched, those of every
 * unit below it), filtered by year and status and searched by title or number without
 * diacritics; the drafters' ways to start one (write, import from Word, start from the plan
 * of the unit above); and the plan requests sent and received (?tab=requests).
 */
import { Anchor, Badge, Button, Card, EmptyState, NativeSelect, SegmentedControl, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconFilePlus, IconGitBranch, IconNotebook, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PLAN_STATUSES, type PlanStatus, type PlanSummary } from '../../../../../common/contracts/plans.ts';
import { formatDate, formatNumber, todayInVietnam } from '../../../../../common/text/format.ts';
import { HighlightedText } from '../../../components/highlighted-text.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { usePlans } from '../api/get-plans.ts';
import { useUnit } from '../api/get-unit.ts';
import { DerivePlanModal } from './derive-plan-modal.tsx';
import { PlanRequestsPanel } from './plan-requests-panel.tsx';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { canDraftPlans, hasSerial, matchesPlan, yearsText } from './plan-words.ts';
import './plans.css';

/** Years offered in the filter: the next one and a decade back (the seeds go back to 2016). */
const YEARS_BACK = 10;

type Tab = 'plans' | 'requests';

export function PlansPage() {
  const m = useMessages();
  const w = m.plans;
  usePageTitle(w.listTitle);
  const role = useActiveRole();
  const canDraft = canDraftPlans(role?.role);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'requests' ? 'requests' : 'plans';
  const [isDeriving, setIsDeriving] = useState(false);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      <PageHeader
        title={w.listTitle}
        description={w.listIntro(role?.unitName ?? '')}
        actions={
          canDraft ? (
            <>
              <Button component={Link} to="/plans/new" leftSection={<IconFilePlus size={18} aria-hidden="true" />}>
                {w.newPlan}
              </Button>
              <Button component={Link} to="/plans/import" variant="default" leftSection={<IconFileImport size={18} aria-hidden="true" />}>
                {w.importPlan}
              </Button>
              <Button variant="default" leftSection={<IconGitBranch size={18} aria-hidden="true" />} onClick={() => setIsDeriving(true)}>
                {w.derivePlan}
              </Button>
            </>
          ) : null
        }
      />
      <Tabs value={tab} onChange={(value) => setParam('tab', value === 'requests' ? 'requests' : null)} keepMounted={false}>
        <Tabs.List aria-label={w.tabsLabel}>
          <Tabs.Tab value="plans" fw={600}>
            {w.tabPlans}
          </Tabs.Tab>
          <Tabs.Tab value="requests" fw={600}>
            {w.tabRequests}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plans" pt="md">
          <PlansList canDraft={canDraft} params={params} setParam={setParam} />
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">
          <PlanRequestsPanel />
        </Tabs.Panel>
      </Tabs>
      {canDraft ? <DerivePlanModal opened={isDeriving} onClose={() => setIsDeriving(false)} /> : null}
    </Stack>
  );
}

interface PlansListProps {
  canDraft: boolean;
  params: URLSearchParams;
  setParam: (key: string, value: string | null) => void;
}

function PlansList({ canDraft, params, setParam }: PlansListProps) {
  const m = useMessages();
  const w = m.plans;
  const role = useActiveRole();
  const unit = useUnit(role?.unitId);
  const [search, setSearch] = useState('');
  const scope = params.get('scope') === 'subtree' ? 'subtree' : 'unit';
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1990 ? yearParam : undefined;
  const statusParam = params.get('status');
  const status = PLAN_STATUSES.includes(statusParam as PlanStatus) ? (statusParam as PlanStatus) : undefined;
  const plans = usePlans({ unitId: role?.unitId, scope, year, status });
  const hasUnitsBelow = (unit.data?.childCount ?? 0) > 0;

  const thisYear = Number(todayInVietnam().slice(0, 4));
  const yearOptions = [{ value: '', label: w.allYears }, ...Array.from({ length: YEARS_BACK + 2 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({ value: y, label: y }))];
  const statusOptions = [{ value: '', label: w.allStatuses }, ...PLAN_STATUSES.map((s) => ({ value: s, label: w.statuses[s] }))];
  const shown = useMemo(() => (plans.data?.items ?? []).filter((plan) => matchesPlan(plan, search)), [plans.data, search]);
  const total = plans.data?.items.length ?? 0;

  return (
    <Stack gap="md">
      <div className="plan-filters" role="search" aria-label={w.filters}>
        <TextInput
          className="plan-filter-search"
          type="search"
          label={w.search}
          description={w.searchHint}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          autoComplete="off"
        />
        <NativeSelect className="plan-filter-select" label={w.year} data={yearOptions} value={year ? String(year) : ''} onChange={(event) => setParam('year', event.currentTarget.value || null)} />
        <NativeSelect className="plan-filter-select" label={w.status} data={statusOptions} value={status ?? ''} onChange={(event) => setParam('status', event.currentTarget.value || null)} />
        {hasUnitsBelow ? (
          <div className="plan-filter-scope">
            <Text size="sm" fw={500} id="plan-scope-label" mb={4}>
              {w.scope}
            </Text>
            <SegmentedControl
              aria-labelledby="plan-scope-label"
              value={scope}
              onChange={(value) => setParam('scope', value === 'subtree' ? 'subtree' : null)}
              data={[
                { value: 'unit', label: w.scopeUnit },
                { value: 'subtree', label: w.scopeSubtree },
              ]}
            />
          </div>
        ) : null}
      </div>

      {plans.isPending ? (
        <PageLoader />
      ) : plans.isError ? (
        <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : total === 0 ? (
        <Card withBorder radius="md" padding="lg">
          <EmptyState icon={<IconNotebook aria-hidden="true" />} title={w.empty} description={canDraft ? w.emptyHintDrafter : w.emptyHint} size="sm" />
        </Card>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {search.trim() !== '' && shown.length === 0 ? w.noMatch(search.trim()) : w.count(formatNumber(shown.length), formatNumber(total))}
          </Text>
          {shown.length > 0 ? <PlansTable plans={shown} search={search} showUnit={scope === 'subtree'} /> : null}
        </Stack>
      )}
    </Stack>
  );
}

function PlansTable({ plans, search, showUnit }: { plans: PlanSummary[]; search: string; showUnit: boolean }) {
  const m = useMessages();
  const w = m.plans;
  const col = w.col;
  const columns = [col.title, ...(showUnit ? [col.unit] : []), col.years, col.number, col.issuedOn, col.status, col.version];
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table striped highlightOnHover verticalSpacing="xs" className="responsive-table plan-table" aria-label={w.tableLabel} data-testid="plans-table">
        <TableHead columns={columns} />
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td className="plan-table-title">
                <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>
                  <HighlightedText text={plan.title} query={search} />
                </Anchor>
                {plan.kind === 'letter' ? (
                  <Badge size="xs" variant="outline" color="gray" ml={6}>
                    {w.kinds.letter}
                  </Badge>
                ) : null}
              </Table.Td>
              {showUnit ? <Table.Td data-label={col.unit}>{plan.unit.name}</Table.Td> : null}
              <Table.Td data-label={col.years} className="nowrap">
                {yearsText(plan.fromYear, plan.toYear)}
              </Table.Td>
              <Table.Td data-label={col.number} className="nowrap">
                {hasSerial(plan.number) ? <HighlightedText text={w.numberShort(plan.number)} query={search} /> : <Text span c="dimmed" size="sm">{w.noNumber}</Text>}
              </Table.Td>
              <Table.Td data-label={col.issuedOn} className="nowrap">
                {plan.issuedOn ? formatDate(plan.issuedOn) : m.app.none}
              </Table.Td>
              <Table.Td data-label={col.status}>
                <PlanStatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td data-label={col.version} className="num">
                {formatNumber(plan.version)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
