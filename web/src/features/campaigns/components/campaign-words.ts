/**
 * Phrases built from a campaign's facts in the interface's language: its period's name (the
 * server's periodLabel is Vietnamese only) and how far its deadline is from today.
 */
import type { CampaignSummary } from '../../../../../common/contracts/campaigns.ts';
import { daysLeft } from '../../../../../common/campaigns/deadlines.ts';
import type { CalendarDate } from '../../../../../common/text/calendar-dates.ts';
import { formatDate, formatNumber } from '../../../../../common/text/format.ts';
import type { Messages } from '../../../../../common/i18n/vi.ts';

type Words = Messages['campaigns'];

/** "6 tháng đầu năm 2026", "Năm học 2025–2026": the same names describePeriod gives, in either language. */
export function periodLabelOf(words: Words, period: CampaignSummary['period']): string {
  switch (period.kind) {
    case 'half-year':
      return words.periodLabels.halfYear(period.half === 1 ? '1' : '2', String(period.year));
    case 'year':
      return words.periodLabels.year(String(period.year));
    case 'school-year':
      return words.periodLabels.schoolYear(String(period.startYear), String(period.startYear + 1));
    case 'custom':
      return words.periodLabels.custom(formatDate(period.from), formatDate(period.to));
  }
}

export type DeadlineTone = 'later' | 'soon' | 'today' | 'passed';

/** "còn 12 ngày", "hạn cuối là hôm nay", "đã qua hạn 3 ngày"; the tone says how to colour it, `days` is negative once passed. */
export function deadlineNote(words: Words, deadline: CalendarDate, now: Date = new Date()): { text: string; tone: DeadlineTone; days: number } {
  const days = daysLeft(deadline, now);
  if (days < 0) return { text: words.deadlinePassed(formatNumber(-days)), tone: 'passed', days };
  if (days === 0) return { text: words.dueToday, tone: 'today', days };
  return { text: words.daysLeft(formatNumber(days)), tone: days <= 7 ? 'soon' : 'later', days };
}
