/**
 * Completeness and timeliness (tính đầy đủ, kịp thời) of a set of expected reports: how many
 * were asked for, submitted, on time, late, overdue — counted from each report's facts with
 * the same rules that give its status (deadlines.ts), so a board and a badge never disagree.
 * Exempt units are not expected; percentages are of the expected.
 */
import { statusOf, timelinessOf, type ExpectedReportFacts } from './deadlines.ts';
import type { Instant } from '../text/calendar-dates.ts';

export interface CompletenessCounts {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  approved: number;
  returned: number;
  exempt: number;
  submittedPercent: number | null;
  onTimePercent: number | null;
}

export function emptyCompleteness(): CompletenessCounts {
  return { expected: 0, submitted: 0, onTime: 0, late: 0, overdue: 0, pending: 0, approved: 0, returned: 0, exempt: 0, submittedPercent: null, onTimePercent: null };
}

/** Adds `weight` reports with these facts to the counts (percentages are filled by finishCompleteness). */
export function countReport(counts: CompletenessCounts, facts: ExpectedReportFacts, now: Instant, weight = 1): void {
  const timeliness = timelinessOf(facts, now);
  if (timeliness === 'exempt') {
    counts.exempt += weight;
    return;
  }
  counts.expected += weight;
  if (timeliness === 'on-time' || timeliness === 'late') counts.submitted += weight;
  if (timeliness === 'on-time') counts.onTime += weight;
  if (timeliness === 'late') counts.late += weight;
  if (timeliness === 'overdue') counts.overdue += weight;
  if (timeliness === 'pending') counts.pending += weight;
  const status = statusOf(facts, now);
  if (status === 'approved') counts.approved += weight;
  if (status === 'returned') counts.returned += weight;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function finishCompleteness(counts: CompletenessCounts): CompletenessCounts {
  counts.submittedPercent = percent(counts.submitted, counts.expected);
  counts.onTimePercent = percent(counts.onTime, counts.expected);
  return counts;
}

/** The counts of a list of reports. */
export function tallyCompleteness(reports: Iterable<ExpectedReportFacts>, now: Instant): CompletenessCounts {
  const counts = emptyCompleteness();
  for (const facts of reports) countReport(counts, facts, now);
  return finishCompleteness(counts);
}
