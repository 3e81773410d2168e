/** What a campaign asks, of whom, by when and how its totals are counted. */
import { Text } from '@mantine/core';
import type { CampaignDetail } from '../../../../../common/contracts/campaigns.ts';
import { formatDate, formatDateTime } from '../../../../../common/text/format.ts';
import { Fact } from '../../../components/fact.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { deadlineNote, periodLabelOf } from './campaign-words.ts';

export function CampaignFacts({ campaign }: { campaign: CampaignDetail }) {
  const m = useMessages();
  const words = m.campaigns;
  const note = deadlineNote(words, campaign.deadline);
  return (
    <dl className="facts campaign-facts">
      <Fact label={words.issuer}>{campaign.issuer.name}</Fact>
      <Fact label={words.period}>{periodLabelOf(words, campaign.period)}</Fact>
      <Fact label={words.asOf}>{formatDate(campaign.asOf)}</Fact>
      <Fact label={words.opensOn}>{formatDate(campaign.opensOn)}</Fact>
      <Fact label={words.deadline}>
        <Text span fw={600}>
          {formatDate(campaign.deadline)}
        </Text>{' '}
        <span className="deadline-note" data-tone={note.tone}>
          ({note.text})
        </span>
      </Fact>
      <Fact label={words.locksOn}>{campaign.locksOn ? formatDate(campaign.locksOn) : words.noLock}</Fact>
      <Fact label={words.rollupBasis}>
        {words.basis[campaign.rollupBasis]}
        <Text size="xs" c="dimmed">
          {words.basisHints[campaign.rollupBasis]}
        </Text>
      </Fact>
      <Fact label={words.template}>{words.templateVersion(campaign.templateName, String(campaign.templateVersion))}</Fact>
      <Fact label={words.respondents}>{campaign.respondentKinds.map((kind) => kind.name).join('; ')}</Fact>
      <Fact label={words.createdAt}>
        {formatDateTime(campaign.createdAt)}
        {campaign.createdByName ? ` · ${campaign.createdByName}` : ''}
      </Fact>
      {campaign.instructions ? (
        <Fact label={words.instructions} className="pre-wrap">
          {campaign.instructions}
        </Fact>
      ) : null}
    </dl>
  );
}
