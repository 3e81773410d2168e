/** A subtree's completeness as figures with their share of the expected: the campaign page's summary. */
import { SimpleGrid } from '@mantine/core';
import type { Completeness } from '../../../../../common/contracts/campaigns.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

type Stat = keyof Omit<Completeness, 'submittedPercent' | 'onTimePercent'>;

const STATS: readonly Stat[] = ['expected', 'submitted', 'onTime', 'late', 'overdue', 'pending', 'returned', 'approved', 'exempt'];

export function CompletenessSummary({ completeness }: { completeness: Completeness }) {
  const m = useMessages();
  const words = m.campaigns;
  const shareOf = (stat: Stat) => {
    if (stat === 'expected' || stat === 'exempt' || completeness.expected === 0) return null;
    return words.percent(formatNumber((completeness[stat] / completeness.expected) * 100));
  };
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 3, sm: 5, lg: 9 }} spacing="xs" className="stat-grid campaign-stats">
      {STATS.map((stat) => {
        const share = shareOf(stat);
        const tone = stat === 'overdue' && completeness.overdue > 0 ? 'error' : undefined;
        return (
          <div className="stat" data-tone={tone} key={stat}>
            <dt>{words.stats[stat]}</dt>
            <dd>
              {formatNumber(completeness[stat])}
              {share ? <> <span className="stat-share">{share}</span></> : null}
            </dd>
          </div>
        );
      })}
    </SimpleGrid>
  );
}
