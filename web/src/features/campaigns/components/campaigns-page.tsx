/**
 * /campaigns — "Đợt báo cáo": the campaigns that concern the active role's unit, latest
 * deadline first, each with its deadline, template, completeness within the viewer's subtree
 * and a link to the unit's own report. Committee heads and officers issue new ones here.
 */
import { Anchor, Button, Card, EmptyState, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconClipboardList, IconFileText, IconPlus, IconSearch, IconTable } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { CampaignSummary } from '../../../../../common/contracts/campaigns.ts';
import { formatDate, formatNumber } from '../../../../../common/text/format.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCampaigns } from '../api/get-campaigns.ts';
import { useCanIssueCampaigns } from '../hooks/use-can-issue-campaigns.ts';
import { deadlineNote, periodLabelOf } from './campaign-words.ts';
import { CompletenessBar } from './completeness-bar.tsx';
import './campaigns.css';

/** Fewer than this and a search box is only in the way. */
const SEARCH_FROM = 6;
/** A deadline long past is history, not news: no "passed 300 days ago" beside it. */
const RECENTLY_PASSED_DAYS = 30;

export function CampaignsPage() {
  const m = useMessages();
  const words = m.campaigns;
  usePageTitle(words.listTitle);
  const canIssue = useCanIssueCampaigns();
  const campaigns = useCampaigns();
  const [text, setText] = useState('');

  const shown = useMemo(() => {
    const query = toSearchKey(text);
    const list = campaigns.data ?? [];
    if (query === '') return list;
    return list.filter((c) => toSearchKey(`${c.name} ${c.periodLabel} ${periodLabelOf(words, c.period)} ${c.issuer.name} ${c.issuer.code}`).includes(query));
  }, [campaigns.data, text, words]);

  return (
    <Stack gap="md">
      <PageHeader
        title={words.listTitle}
        description={words.listIntro}
        actions={
          <>
            <Button component={Link} to="/campaigns/tracking" variant="default" leftSection={<IconTable size={18} aria-hidden="true" />}>
              {words.trackingTitle}
            </Button>
            {canIssue ? (
              <Button component={Link} to="/campaigns/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
                {words.issue}
              </Button>
            ) : null}
          </>
        }
      />
      {campaigns.isPending ? <PageLoader /> : null}
      {campaigns.isError ? <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} /> : null}
      {campaigns.isSuccess && campaigns.data.length === 0 ? (
        <Card withBorder radius="md" padding="lg">
          <EmptyState icon={<IconClipboardList aria-hidden="true" />} title={words.empty} description={canIssue ? words.emptyHintIssuer : words.emptyHint} size="sm" />
        </Card>
      ) : null}
      {campaigns.isSuccess && campaigns.data.length > 0 ? (
        <section aria-label={words.listTitle}>
          <Stack gap="sm">
            {campaigns.data.length >= SEARCH_FROM ? (
              <TextInput
                type="search"
                label={words.search}
                leftSection={<IconSearch size={18} aria-hidden="true" />}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autoComplete="off"
                maw={520}
              />
            ) : null}
            <Text size="sm" c="dimmed" role="status">
              {text.trim() !== '' && shown.length === 0 ? words.noMatch(text.trim()) : words.count(formatNumber(shown.length))}
            </Text>
            <ul className="plain-list campaign-list">
              {shown.map((campaign) => (
                <li key={campaign.id}>
                  <CampaignCard campaign={campaign} />
                </li>
              ))}
            </ul>
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}

function CampaignCard({ campaign }: { campaign: CampaignSummary }) {
  const m = useMessages();
  const words = m.campaigns;
  const note = deadlineNote(words, campaign.deadline);
  const titleId = `campaign-${campaign.id}-title`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <div className="page-header-text">
            <Title order={2} size="h4" id={titleId} className="campaign-name">
              <Anchor component={Link} to={`/campaigns/${campaign.id}`} inherit>
                {campaign.name}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              {periodLabelOf(words, campaign.period)} · {words.issuedBy(campaign.issuer.name)}
            </Text>
          </div>
          {campaign.ownReportId ? (
            <Button
              component={Link}
              to={`/reports/${campaign.ownReportId}`}
              variant="light"
              size="xs"
              leftSection={<IconFileText size={16} aria-hidden="true" />}
              aria-label={words.ownReportOf(campaign.name)}
            >
              {words.ownReport}
            </Button>
          ) : null}
        </Group>
        <dl className="campaign-meta">
          <div>
            <dt>{words.deadline}:</dt>
            <dd>
              {formatDate(campaign.deadline)}
              {note.days >= -RECENTLY_PASSED_DAYS ? (
                <span className="deadline-note" data-tone={note.tone}>
                  {' '}({note.text})
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{words.template}:</dt>
            <dd>{words.templateVersion(campaign.templateName, String(campaign.templateVersion))}</dd>
          </div>
        </dl>
        <CompletenessBar completeness={campaign.completeness} />
      </Stack>
    </Card>
  );
}
