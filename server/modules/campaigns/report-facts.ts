/**
 * Turns stored rows into the facts the pure deadline rules read (common/campaigns/deadlines.ts),
 * and tallies grouped facts into completeness counts — one translation, used by every list,
 * board and badge, so a status is computed the same way everywhere.
 */
import { countReport, emptyCompleteness, finishCompleteness, type CompletenessCounts } from '../../../common/campaigns/completeness.ts';
import { statusOf, type ExpectedReportFacts, type ReportStatus, type SubmissionState } from '../../../common/campaigns/deadlines.ts';
import { startOfVietnamDayMs } from '../../../common/text/calendar-dates.ts';
import type { FactGroup } from './campaigns.repo.ts';

export interface StoredReportFacts {
  state: SubmissionState;
  extendedDeadline: string | null;
  exemptionReason: string | null;
  isReopened: boolean;
  firstSubmittedAt: string | null;
}

export interface CampaignDates {
  opensOn: string;
  deadline: string;
  locksOn: string | null;
}

export function factsOf(report: StoredReportFacts, campaign: CampaignDates): ExpectedReportFacts {
  return {
    opensOn: campaign.opensOn,
    deadline: campaign.deadline,
    extendedDeadline: report.extendedDeadline,
    locksOn: campaign.locksOn,
    isReopened: report.isReopened,
    exemption: report.exemptionReason ? { reason: report.exemptionReason } : null,
    state: report.state,
    firstSubmittedAt: report.firstSubmittedAt,
  };
}

export function statusOfRow(report: StoredReportFacts, campaign: CampaignDates, now: Date): ReportStatus {
  return statusOf(factsOf(report, campaign), now);
}

/** Facts of a group: the first submission stands at the start of its Vietnam day, which keeps lateness exact. */
function factsOfGroup(group: FactGroup, opensOn: string): ExpectedReportFacts {
  return {
    opensOn,
    deadline: group.effectiveDeadline,
    isReopened: group.isReopened,
    exemption: group.isExempt ? { reason: 'x' } : null,
    state: group.state,
    firstSubmittedAt: group.firstSubmittedDay ? new Date(startOfVietnamDayMs(group.firstSubmittedDay)) : null,
  };
}

/** Completeness per key (campaign, child…) from grouped facts. */
export function tallyGroups<K>(groups: readonly FactGroup[], keyOf: (group: FactGroup) => K, opensOnOf: (campaignId: number) => string, now: Date): Map<K, CompletenessCounts> {
  const tallies = new Map<K, CompletenessCounts>();
  for (const group of groups) {
    const key = keyOf(group);
    let counts = tallies.get(key);
    if (!counts) tallies.set(key, (counts = emptyCompleteness()));
    const facts = factsOfGroup(group, opensOnOf(group.campaignId));
    countReport(counts, facts, now, group.n);
  }
  for (const counts of tallies.values()) finishCompleteness(counts);
  return tallies;
}

export function completenessOr(tallies: Map<unknown, CompletenessCounts>, key: unknown): CompletenessCounts {
  return tallies.get(key) ?? finishCompleteness(emptyCompleteness());
}
