/**
 * Deadlines and the status of an expected report (trạng thái báo cáo).
 *
 * A deadline is a calendar date meaning "by the end of that day in Hà Nội":
 * 23:59:59.999 +07:00. Everything here is arithmetic on that fixed offset
 * (see ../text/calendar-dates.ts), so a server in any time zone gives the same answer —
 * the mistake egapro's history warns about.
 *
 * Status precedence, first match wins:
 *   exempt → approved → submitted / submitted-late → returned → overdue → not-open → draft → due
 * Lateness is fixed by the FIRST submission: a late report stays late after a return and
 * a resubmission; an on-time report returned after the deadline is not made late by the
 * reviewer's return.
 */
import { calendarDateInVietnam, compareDates, endOfVietnamDayMs, startOfVietnamDayMs, toDayNumber, toEpochMs } from '../text/calendar-dates.ts';
import type { CalendarDate, Instant } from '../text/calendar-dates.ts';
import { compareVietnamese, normalizeText } from '../text/vietnamese.ts';

/** What the database records about a unit's report: its lifecycle, not its status. */
export const SUBMISSION_STATES = ['none', 'draft', 'submitted', 'returned', 'approved'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** What a person sees: the state read against the calendar. */
export const REPORT_STATUSES = [
  'not-open', // chưa mở
  'due', // cần nộp
  'draft', // đang soạn
  'submitted', // đã nộp
  'submitted-late', // nộp muộn
  'overdue', // quá hạn
  'returned', // bị trả lại
  'approved', // đã duyệt
  'exempt', // miễn nộp
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ExpectedReportFacts {
  /** The campaign opens at the start of this day (Vietnam time). */
  opensOn: CalendarDate;
  /** The campaign's deadline: the end of this day (Vietnam time). */
  deadline: CalendarDate;
  /** A per-unit extension: replaces the deadline for this unit (earlier or later). */
  extendedDeadline?: CalendarDate | null;
  /** After the end of this day no edit is possible unless the report is reopened. */
  locksOn?: CalendarDate | null;
  /** The unit above reopened a locked report; the server clears it on the next submission. */
  isReopened?: boolean;
  /** An exemption overrides everything else. */
  exemption?: { reason: string } | null;
  state: SubmissionState;
  /** When the report was first submitted; kept through returns. Required once submitted. */
  firstSubmittedAt?: Instant | null;
}

/** The deadline that applies to this unit: its extension if it has one. */
export function effectiveDeadline(facts: Pick<ExpectedReportFacts, 'deadline' | 'extendedDeadline'>): CalendarDate {
  return facts.extendedDeadline ?? facts.deadline;
}

/**
 * The last day edits are allowed without a reopen. A lock date earlier than this unit's
 * (extended) deadline would make the extension useless, so the later of the two wins.
 */
export function effectiveLockDate(facts: Pick<ExpectedReportFacts, 'deadline' | 'extendedDeadline' | 'locksOn'>): CalendarDate | null {
  if (!facts.locksOn) return null;
  const deadline = effectiveDeadline(facts);
  return compareDates(facts.locksOn, deadline) >= 0 ? facts.locksOn : deadline;
}

/** The instant a deadline day ends in Vietnam, as a UTC ISO string ('2025-06-30T16:59:59.999Z'). */
export function deadlineEndsAt(deadline: CalendarDate): string {
  return new Date(endOfVietnamDayMs(deadline)).toISOString();
}

/** The instant an opening day starts in Vietnam, as a UTC ISO string ('2025-05-31T17:00:00.000Z'). */
export function openingStartsAt(opensOn: CalendarDate): string {
  return new Date(startOfVietnamDayMs(opensOn)).toISOString();
}

/** True when the instant is after the end of the deadline day in Vietnam. */
export function isLate(submittedAt: Instant, deadline: CalendarDate): boolean {
  return toEpochMs(submittedAt) > endOfVietnamDayMs(deadline);
}

/** Calendar days from today in Vietnam to the deadline: 0 on the day itself, negative once it has passed. */
export function daysLeft(deadline: CalendarDate, now: Instant): number {
  return toDayNumber(deadline) - toDayNumber(calendarDateInVietnam(now));
}

function requireFirstSubmission(facts: ExpectedReportFacts): Instant {
  if (!facts.firstSubmittedAt) throw new RangeError(`A report in state "${facts.state}" must have firstSubmittedAt`);
  return facts.firstSubmittedAt;
}

/** The status of an expected report at `now`. See the precedence in the header. */
export function statusOf(facts: ExpectedReportFacts, now: Instant): ReportStatus {
  if (facts.exemption) return 'exempt';
  if (facts.state === 'approved') return 'approved';
  const deadline = effectiveDeadline(facts);
  if (facts.state === 'submitted') return isLate(requireFirstSubmission(facts), deadline) ? 'submitted-late' : 'submitted';
  if (facts.state === 'returned') return 'returned';
  const nowMs = toEpochMs(now);
  if (nowMs > endOfVietnamDayMs(deadline)) return 'overdue';
  if (facts.state === 'none' && nowMs < startOfVietnamDayMs(facts.opensOn)) return 'not-open';
  return facts.state === 'draft' ? 'draft' : 'due';
}

/** For completeness and timeliness counts: judged on the first submission. */
export type Timeliness = 'exempt' | 'on-time' | 'late' | 'pending' | 'overdue';

export function timelinessOf(facts: ExpectedReportFacts, now: Instant): Timeliness {
  if (facts.exemption) return 'exempt';
  const deadline = effectiveDeadline(facts);
  if (facts.firstSubmittedAt) return isLate(facts.firstSubmittedAt, deadline) ? 'late' : 'on-time';
  return toEpochMs(now) > endOfVietnamDayMs(deadline) ? 'overdue' : 'pending';
}

/** Why a report cannot be edited. */
export type EditBlock = 'exempt' | 'not-open' | 'submitted' | 'approved' | 'locked';

export type EditCheck = { canEdit: true } | { canEdit: false; reason: EditBlock; message: string };

/**
 * Whether the unit may change its report now. A submitted report waits for review
 * (the unit above returns it to reopen editing); an approved one is locked for good
 * unless the unit above reopens it; after the lock date only a reopen allows edits.
 */
export function checkEditable(facts: ExpectedReportFacts, now: Instant): EditCheck {
  if (facts.exemption) return { canEdit: false, reason: 'exempt', message: 'Đơn vị được miễn nộp báo cáo này' };
  if (facts.state === 'approved') return { canEdit: false, reason: 'approved', message: 'Báo cáo đã được duyệt và khóa' };
  if (facts.state === 'submitted') return { canEdit: false, reason: 'submitted', message: 'Báo cáo đã nộp, đang chờ cấp trên xem xét' };
  const nowMs = toEpochMs(now);
  if (nowMs < startOfVietnamDayMs(facts.opensOn)) return { canEdit: false, reason: 'not-open', message: 'Đợt báo cáo chưa mở' };
  const lockDate = effectiveLockDate(facts);
  if (lockDate && nowMs > endOfVietnamDayMs(lockDate) && !facts.isReopened) {
    return { canEdit: false, reason: 'locked', message: 'Báo cáo đã khóa; cần cấp trên mở lại để chỉnh sửa' };
  }
  return { canEdit: true };
}

export type SubmissionCheck =
  | { canSubmit: true; isLate: boolean }
  | { canSubmit: false; reason: EditBlock | 'late-reason-required'; message: string };

/**
 * Whether the unit may submit now. A first submission after the deadline needs the
 * unit's reason for being late (lý do nộp muộn); a resubmission after a return keeps
 * the first submission's lateness and reason.
 */
export function checkSubmission(facts: ExpectedReportFacts, now: Instant, lateReason?: string | null): SubmissionCheck {
  const editable = checkEditable(facts, now);
  if (!editable.canEdit) return { canSubmit: false, reason: editable.reason, message: editable.message };
  const late = isLate(facts.firstSubmittedAt ?? now, effectiveDeadline(facts));
  if (late && !facts.firstSubmittedAt && normalizeText(lateReason ?? '') === '') {
    return { canSubmit: false, reason: 'late-reason-required', message: 'Đã quá hạn nộp: cần ghi lý do nộp muộn' };
  }
  return { canSubmit: true, isLate: late };
}

/** One line of "my reports" (báo cáo của tôi). */
export interface UrgencyItem {
  status: ReportStatus;
  /** The deadline that applies to this unit (its extension if any). */
  deadline: CalendarDate;
  /** The campaign's name, the tie-breaker. */
  name: string;
}

// Lower is more urgent: overdue, then what needs the unit's hand, then what is not open
// yet, then what is done and waits on no one in the unit.
const URGENCY_TIER: Record<ReportStatus, number> = {
  overdue: 0,
  returned: 1,
  due: 1,
  draft: 1,
  'not-open': 2,
  submitted: 3,
  'submitted-late': 3,
  approved: 3,
  exempt: 3,
};

/** "My reports, most urgent first": overdue first, then by deadline ascending, then by name in Vietnamese order. */
export function compareByUrgency(a: UrgencyItem, b: UrgencyItem): number {
  return URGENCY_TIER[a.status] - URGENCY_TIER[b.status] || compareDates(a.deadline, b.deadline) || compareVietnamese(a.name, b.name);
}
