/**
 * /campaigns/:id — one campaign: its facts, the completeness of the unit being looked at
 * (the viewer's own by default, `?unit=` after a drill-down), and two tabs (`?tab=`): the
 * status board of that unit's children and its live rollup.
 */
import { Alert, Anchor, Breadcrumbs, Button, Stack, Tabs, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { CampaignDetail } from '../../../../../common/contracts/campaigns.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCampaign } from '../api/get-campaign.ts';
import { useStatusBoard } from '../api/get-status-board.ts';
import { useUnitParam } from '../hooks/use-unit-param.ts';
import { deadlineNote, periodLabelOf } from './campaign-words.ts';
import { CampaignFacts } from './campaign-facts.tsx';
import { CompletenessBar } from './completeness-bar.tsx';
import { CompletenessSummary } from './completeness-summary.tsx';
import { StatusBoardTable } from './status-board-table.tsx';
import { UnitPath } from './unit-path.tsx';
import { UnitRollupTables } from './unit-rollup-tables.tsx';
import './campaigns.css';

const TABS = ['board', 'rollup'] as const;
type Tab = (typeof TABS)[number];

export function CampaignPage() {
  const m = useMessages();
  const params = useParams();
  const id = Number(params.id);
  const campaign = useCampaign(id);
  usePageTitle(campaign.data?.name ?? m.campaigns.listTitle);

  if (campaign.isPending && Number.isInteger(id) && id > 0) return <PageLoader />;
  if (!campaign.isSuccess) {
    const isMissing = !campaign.isError || (campaign.error instanceof ApiError && (campaign.error.status === 404 || campaign.error.status === 400));
    return (
      <Stack>
        <PageHeader title={m.campaigns.listTitle} />
        {isMissing ? (
          <Alert color="gray" variant="light" title={m.campaigns.notFound}>
            <Anchor component={Link} to="/campaigns">
              {m.campaigns.backToList}
            </Anchor>
          </Alert>
        ) : (
          <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />
        )}
      </Stack>
    );
  }
  return <CampaignView campaign={campaign.data} />;
}

/** The dates a busy reader looks for first: the deadline (how far), the date figures are as of. */
function KeyDates({ campaign }: { campaign: CampaignDetail }) {
  const m = useMessages();
  const words = m.campaigns;
  const note = deadlineNote(words, campaign.deadline);
  return (
    <>
      <Text span fw={600} c="var(--mantine-color-text)">
        {words.deadlineOn(formatDate(campaign.deadline))}
      </Text>{' '}
      <span className="deadline-note" data-tone={note.tone}>
        ({note.text})
      </span>
      {' · '}
      {words.asOf} {formatDate(campaign.asOf)}
    </>
  );
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const m = useMessages();
  const words = m.campaigns;
  const { unitId, params, setParams, searchWith } = useUnitParam();
  const tab: Tab = params.get('tab') === 'rollup' ? 'rollup' : 'board';
  const board = useStatusBoard(campaign.id, unitId);
  // Until the board arrives, the top of the viewer's subtree is what the campaign summary describes.
  const unit = board.data?.unit ?? null;
  const completeness = board.data?.completeness ?? (unitId === undefined ? campaign.completeness : null);

  const breadcrumb = (
    <nav aria-label={words.breadcrumb} className="breadcrumb">
      <Breadcrumbs separator="›" separatorMargin={6}>
        <Anchor component={Link} to="/campaigns" size="sm">
          {words.listTitle}
        </Anchor>
        <Text size="sm" aria-current="page" c="dimmed" className="campaign-name">
          {campaign.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );

  // The first unit of the path is the viewer's top: the board without `?unit=`.
  const pathHref = (step: { id: number }, index: number) => ({ search: searchWith({ unit: index === 0 ? null : step.id }) });

  return (
    <Stack gap="md">
      <PageHeader
        above={breadcrumb}
        title={campaign.name}
        description={
          <>
            {periodLabelOf(words, campaign.period)} · {words.issuedBy(campaign.issuer.name)}
            <br />
            <KeyDates campaign={campaign} />
          </>
        }
        actions={
          campaign.ownReportId ? (
            <Button component={Link} to={`/reports/${campaign.ownReportId}`} variant="light" leftSection={<IconFileText size={18} aria-hidden="true" />}>
              {words.ownReport}
            </Button>
          ) : null
        }
      />

      <SectionCard id="campaign-progress-title" title={words.summaryTitle} titleSize="h4" intro={unit ? words.summaryOf(unit.name) : undefined} gap="md">
        {completeness ? (
          <Stack gap="md">
            <CompletenessBar completeness={completeness} />
            <CompletenessSummary completeness={completeness} />
          </Stack>
        ) : board.isError ? (
          <LoadError error={board.error} onRetry={() => void board.refetch()} />
        ) : (
          <PageLoader minHeight={120} />
        )}
      </SectionCard>

      <Tabs
        value={tab}
        onChange={(value) => setParams(searchWith({ tab: value === 'rollup' ? 'rollup' : null }), { replace: true })}
        keepMounted={false}
        variant="outline"
        radius="md"
      >
        <Tabs.List aria-label={words.tabsLabel}>
          {TABS.map((value) => (
            <Tabs.Tab value={value} key={value} fw={600}>
              {words.tabs[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <div className="tab-body">
          {board.data ? <UnitPath path={board.data.path} hrefOf={pathHref} /> : null}
          <Tabs.Panel value="board">
            <StatusBoardTable campaign={campaign} board={board} unitId={unitId} searchWith={searchWith} />
          </Tabs.Panel>
          <Tabs.Panel value="rollup">
            <UnitRollupTables campaign={campaign} unitId={unitId} />
          </Tabs.Panel>
        </div>
      </Tabs>

      <SectionCard id="campaign-facts-title" title={words.factsTitle} titleSize="h4">
        <CampaignFacts campaign={campaign} />
      </SectionCard>
    </Stack>
  );
}
