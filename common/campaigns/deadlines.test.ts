import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkEditable,
  checkSubmission,
  compareByUrgency,
  daysLeft,
  deadlineEndsAt,
  effectiveLockDate,
  isLate,
  openingStartsAt,
  statusOf,
  timelinessOf,
} from './deadlines.ts';
import type { ExpectedReportFacts, ReportStatus, UrgencyItem } from './deadlines.ts';

// A 6-month campaign: opens 01/06, due 30/06, locked after 15/07 (all Hà Nội days).
const campaign = { opensOn: '2025-06-01', deadline: '2025-06-30', locksOn: '2025-07-15' } as const;
const facts = (overrides: Partial<ExpectedReportFacts>): ExpectedReportFacts => ({ ...campaign, state: 'none', ...overrides });

// The deadline day ends at 2025-06-30T23:59:59.999+07:00 = 2025-06-30T16:59:59.999Z.
const LAST_SECOND = '2025-06-30T16:59:59Z';
const LAST_MS = '2025-06-30T16:59:59.999Z';
const FIRST_LATE = '2025-06-30T17:00:00Z';

describe('deadlineEndsAt and openingStartsAt', () => {
  it('end a Vietnamese day at 16:59:59.999Z and start one at 17:00Z the day before', () => {
    expect(deadlineEndsAt('2025-06-30')).toBe('2025-06-30T16:59:59.999Z');
    expect(deadlineEndsAt('2025-12-31')).toBe('2025-12-31T16:59:59.999Z');
    expect(openingStartsAt('2025-06-01')).toBe('2025-05-31T17:00:00.000Z');
  });
});

describe('isLate', () => {
  it.each([
    [LAST_SECOND, false],
    [LAST_MS, false],
    [FIRST_LATE, true],
    ['2025-06-30T23:59:59+07:00', false],
    ['2025-07-01T00:00:00+07:00', true],
    ['2025-06-30T12:59:59-04:00', false], // New York, the same instant as LAST_SECOND
    ['2025-06-30T13:00:00-04:00', true],
  ])('submitted at %s → late: %s', (submittedAt, late) => expect(isLate(submittedAt, '2025-06-30')).toBe(late));
  it('accepts Date objects, and throws on an unreadable instant', () => {
    expect(isLate(new Date(FIRST_LATE), '2025-06-30')).toBe(true);
    expect(() => isLate('yesterday', '2025-06-30')).toThrow(RangeError);
  });
});

describe('daysLeft (calendar days in Vietnam)', () => {
  it.each([
    ['2025-06-29T16:59:59Z', 1], // 23:59:59 on 29/06 in Hà Nội
    ['2025-06-29T17:00:00Z', 0], // 00:00 on 30/06 in Hà Nội, still 29/06 in UTC
    ['2025-06-29T20:00:00Z', 0],
    [LAST_SECOND, 0],
    [FIRST_LATE, -1],
    ['2025-06-01T03:00:00Z', 29],
  ])('at %s → %i', (now, days) => expect(daysLeft('2025-06-30', now)).toBe(days));
});

/** [case, facts, now, status]: the decision table for statusOf. */
const STATUS_TABLE: [string, ExpectedReportFacts, string, ReportStatus][] = [
  ['nothing yet, the last instant before opening', facts({}), '2025-05-31T16:59:59.999Z', 'not-open'],
  ['nothing yet, the first instant of the opening day', facts({}), '2025-05-31T17:00:00Z', 'due'],
  ['a prefilled draft before opening', facts({ state: 'draft' }), '2025-05-20T00:00:00Z', 'draft'],
  ['nothing yet, last second of the deadline day', facts({}), LAST_SECOND, 'due'],
  ['nothing yet, last millisecond of the deadline day', facts({}), LAST_MS, 'due'],
  ['nothing yet, the deadline day is over', facts({}), FIRST_LATE, 'overdue'],
  ['a draft on the last second', facts({ state: 'draft' }), LAST_SECOND, 'draft'],
  ['a draft once the deadline day is over', facts({ state: 'draft' }), FIRST_LATE, 'overdue'],
  ['submitted on the last second', facts({ state: 'submitted', firstSubmittedAt: LAST_SECOND }), '2025-08-01T00:00:00Z', 'submitted'],
  ['submitted on the first late second', facts({ state: 'submitted', firstSubmittedAt: FIRST_LATE }), '2025-07-01T00:00:00Z', 'submitted-late'],
  ['submitted at 23:59:59 Hà Nội time, written with +07:00', facts({ state: 'submitted', firstSubmittedAt: '2025-06-30T23:59:59+07:00' }), FIRST_LATE, 'submitted'],
  // An extension replaces the deadline for this unit only.
  ['extended to 10/07, nothing yet on 01/07', facts({ extendedDeadline: '2025-07-10' }), '2025-07-01T03:00:00Z', 'due'],
  ['extended to 10/07, draft on its last second', facts({ extendedDeadline: '2025-07-10', state: 'draft' }), '2025-07-10T16:59:59Z', 'draft'],
  ['extended to 10/07, nothing once it is over', facts({ extendedDeadline: '2025-07-10' }), '2025-07-10T17:00:00Z', 'overdue'],
  ['extended to 10/07, submitted 05/07', facts({ extendedDeadline: '2025-07-10', state: 'submitted', firstSubmittedAt: '2025-07-05T02:00:00Z' }), '2025-07-06T00:00:00Z', 'submitted'],
  ['extended to 10/07, submitted after it', facts({ extendedDeadline: '2025-07-10', state: 'submitted', firstSubmittedAt: '2025-07-10T17:00:00Z' }), '2025-07-11T00:00:00Z', 'submitted-late'],
  ['an extension may also bring the deadline forward', facts({ extendedDeadline: '2025-06-20', state: 'submitted', firstSubmittedAt: '2025-06-25T02:00:00Z' }), '2025-06-26T00:00:00Z', 'submitted-late'],
  // Late, returned, resubmitted: lateness follows the first submission.
  ['late, then returned', facts({ state: 'returned', firstSubmittedAt: '2025-07-02T02:00:00Z' }), '2025-07-03T00:00:00Z', 'returned'],
  ['late, returned, resubmitted', facts({ state: 'submitted', firstSubmittedAt: '2025-07-02T02:00:00Z' }), '2025-07-04T00:00:00Z', 'submitted-late'],
  ['late, returned, resubmitted, approved', facts({ state: 'approved', firstSubmittedAt: '2025-07-02T02:00:00Z' }), '2025-07-05T00:00:00Z', 'approved'],
  ['on time, returned after the deadline, resubmitted late', facts({ state: 'submitted', firstSubmittedAt: '2025-06-28T02:00:00Z' }), '2025-07-05T00:00:00Z', 'submitted'],
  ['returned and still returned after the deadline', facts({ state: 'returned', firstSubmittedAt: '2025-06-28T02:00:00Z' }), '2025-07-20T00:00:00Z', 'returned'],
  ['approved, long after the lock date', facts({ state: 'approved', firstSubmittedAt: '2025-06-28T02:00:00Z' }), '2026-01-01T00:00:00Z', 'approved'],
  // Exempt overrides everything.
  ['exempt before opening', facts({ exemption: { reason: 'Trường sáp nhập' } }), '2025-05-01T00:00:00Z', 'exempt'],
  ['exempt with nothing after the deadline', facts({ exemption: { reason: 'Trường sáp nhập' } }), FIRST_LATE, 'exempt'],
  ['exempt with a late submission', facts({ exemption: { reason: 'Trường sáp nhập' }, state: 'submitted', firstSubmittedAt: FIRST_LATE }), FIRST_LATE, 'exempt'],
  ['exempt and approved', facts({ exemption: { reason: 'Trường sáp nhập' }, state: 'approved', firstSubmittedAt: LAST_SECOND }), FIRST_LATE, 'exempt'],
];

describe('statusOf — decision table', () => {
  it.each(STATUS_TABLE)('%s', (_, reportFacts, now, status) => {
    expect(statusOf(reportFacts, now)).toBe(status);
    expect(statusOf(reportFacts, new Date(now))).toBe(status);
  });
  it('refuses a submitted report without its submission time rather than guessing on-time', () => {
    expect(() => statusOf(facts({ state: 'submitted' }), FIRST_LATE)).toThrow(RangeError);
  });
});

describe('timelinessOf', () => {
  it.each([
    ['pending', facts({ state: 'draft' }), LAST_SECOND],
    ['overdue', facts({ state: 'draft' }), FIRST_LATE],
    ['on-time', facts({ state: 'returned', firstSubmittedAt: LAST_SECOND }), '2025-08-01T00:00:00Z'],
    ['late', facts({ state: 'approved', firstSubmittedAt: FIRST_LATE }), '2025-08-01T00:00:00Z'],
    ['exempt', facts({ exemption: { reason: 'x' } }), FIRST_LATE],
  ] as const)('%s', (expected, reportFacts, now) => expect(timelinessOf(reportFacts, now)).toBe(expected));
});

// The lock day 15/07 ends at 2025-07-15T16:59:59.999Z.
describe('checkEditable — the lock date and reopening', () => {
  it.each<[string, ExpectedReportFacts, string, true | string]>([
    ['before opening', facts({}), '2025-05-31T16:59:59Z', 'not-open'],
    ['a draft after the deadline, before the lock', facts({ state: 'draft' }), '2025-07-10T00:00:00Z', true],
    ['a draft on the last second of the lock day', facts({ state: 'draft' }), '2025-07-15T16:59:59Z', true],
    ['a draft once the lock day is over', facts({ state: 'draft' }), '2025-07-15T17:00:00Z', 'locked'],
    ['a returned report once the lock day is over', facts({ state: 'returned', firstSubmittedAt: LAST_SECOND }), '2025-07-16T00:00:00Z', 'locked'],
    ['a locked draft reopened by the unit above', facts({ state: 'draft', isReopened: true }), '2025-08-01T00:00:00Z', true],
    ['no lock date: editable long after the deadline', facts({ state: 'draft', locksOn: null }), '2026-01-01T00:00:00Z', true],
    ['an extension past the lock date keeps the unit able to edit', facts({ state: 'draft', extendedDeadline: '2025-07-20' }), '2025-07-18T00:00:00Z', true],
    ['… until the extended deadline is over', facts({ state: 'draft', extendedDeadline: '2025-07-20' }), '2025-07-20T17:00:00Z', 'locked'],
    ['submitted, waiting for review', facts({ state: 'submitted', firstSubmittedAt: LAST_SECOND }), '2025-07-01T00:00:00Z', 'submitted'],
    ['approved', facts({ state: 'approved', firstSubmittedAt: LAST_SECOND, isReopened: true }), '2025-07-01T00:00:00Z', 'approved'],
    ['exempt', facts({ state: 'draft', exemption: { reason: 'x' } }), '2025-06-10T00:00:00Z', 'exempt'],
  ])('%s', (_, reportFacts, now, expected) => {
    const check = checkEditable(reportFacts, now);
    if (expected === true) expect(check).toEqual({ canEdit: true });
    else expect(check).toMatchObject({ canEdit: false, reason: expected });
  });

  it('takes the later of the lock date and the unit\'s deadline', () => {
    expect(effectiveLockDate(facts({}))).toBe('2025-07-15');
    expect(effectiveLockDate(facts({ extendedDeadline: '2025-07-20' }))).toBe('2025-07-20');
    expect(effectiveLockDate(facts({ locksOn: null }))).toBeNull();
  });
});

describe('checkSubmission — the late reason', () => {
  it('submits on time without a reason', () => {
    expect(checkSubmission(facts({ state: 'draft' }), LAST_SECOND)).toEqual({ canSubmit: true, isLate: false });
  });
  it('asks a first late submission for its reason, and a blank reason is no reason', () => {
    const late = facts({ state: 'draft' });
    expect(checkSubmission(late, FIRST_LATE)).toMatchObject({ canSubmit: false, reason: 'late-reason-required', message: 'Đã quá hạn nộp: cần ghi lý do nộp muộn' });
    expect(checkSubmission(late, FIRST_LATE, ' \u00a0 ')).toMatchObject({ canSubmit: false, reason: 'late-reason-required' });
    expect(checkSubmission(late, FIRST_LATE, 'Mất điện ba ngày')).toEqual({ canSubmit: true, isLate: true });
  });
  it('lets a late report that was returned be resubmitted without a new reason, still late', () => {
    const returned = facts({ state: 'returned', firstSubmittedAt: '2025-07-02T02:00:00Z' });
    expect(checkSubmission(returned, '2025-07-05T00:00:00Z')).toEqual({ canSubmit: true, isLate: true });
  });
  it('does not make an on-time report late because it was returned after the deadline', () => {
    const returned = facts({ state: 'returned', firstSubmittedAt: '2025-06-28T02:00:00Z' });
    expect(checkSubmission(returned, '2025-07-05T00:00:00Z')).toEqual({ canSubmit: true, isLate: false });
  });
  it('refuses after the lock date, whatever the reason, and refuses submitting twice', () => {
    expect(checkSubmission(facts({ state: 'draft' }), '2025-07-16T00:00:00Z', 'Lý do')).toMatchObject({ canSubmit: false, reason: 'locked' });
    expect(checkSubmission(facts({ state: 'submitted', firstSubmittedAt: LAST_SECOND }), LAST_SECOND)).toMatchObject({ canSubmit: false, reason: 'submitted' });
  });
});

describe('compareByUrgency — "my reports, most urgent first"', () => {
  it('puts overdue first, then what needs the unit by deadline, then not-open, then done; names in Vietnamese order', () => {
    const items: UrgencyItem[] = [
      { status: 'approved', deadline: '2025-01-15', name: 'Báo cáo năm 2024' },
      { status: 'due', deadline: '2025-07-10', name: 'Thống kê đội ngũ' },
      { status: 'not-open', deadline: '2025-06-20', name: 'Báo cáo Tháng hành động' },
      { status: 'draft', deadline: '2025-06-30', name: 'Đánh giá chỉ tiêu' },
      { status: 'overdue', deadline: '2025-06-15', name: 'Kế hoạch năm 2025' },
      { status: 'due', deadline: '2025-06-30', name: 'Danh sách quy hoạch' },
      { status: 'returned', deadline: '2025-06-25', name: 'Báo cáo 6 tháng' },
      { status: 'overdue', deadline: '2025-05-31', name: 'Báo cáo quý' },
      { status: 'submitted-late', deadline: '2025-05-01', name: 'Báo cáo tập huấn' },
      { status: 'exempt', deadline: '2025-04-01', name: 'Ánh sáng' },
    ];
    expect([...items].sort(compareByUrgency).map((item) => item.name)).toEqual([
      'Báo cáo quý',
      'Kế hoạch năm 2025',
      'Báo cáo 6 tháng',
      'Danh sách quy hoạch', // D before Đ on the same deadline
      'Đánh giá chỉ tiêu',
      'Thống kê đội ngũ',
      'Báo cáo Tháng hành động',
      'Báo cáo năm 2024',
      'Ánh sáng',
      'Báo cáo tập huấn',
    ]);
  });
});

// The server's zone must not matter. Node applies a change of process.env.TZ to Date's
// local-time methods at once; the domain code uses none of them (nor Intl), so every
// answer must be identical. The offset check proves each zone really took effect.
describe.each([
  ['America/New_York', 240],
  ['UTC', 0],
  ['Pacific/Kiritimati', -840],
  ['Asia/Ho_Chi_Minh', -420],
])('with the server in %s', (zone, offsetInJune) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('the zone is in effect for local-time Date methods', () => {
    expect(new Date('2025-06-30T12:00:00Z').getTimezoneOffset()).toBe(offsetInJune);
  });
  it('gives the same status for every row of the decision table', () => {
    for (const [, reportFacts, now, status] of STATUS_TABLE) expect(statusOf(reportFacts, new Date(now))).toBe(status);
  });
  it('gives the same deadline instant, lateness and days left', () => {
    expect(deadlineEndsAt('2025-06-30')).toBe('2025-06-30T16:59:59.999Z');
    expect(isLate(new Date(LAST_SECOND), '2025-06-30')).toBe(false);
    expect(isLate(new Date(FIRST_LATE), '2025-06-30')).toBe(true);
    expect(daysLeft('2025-06-30', new Date('2025-06-29T17:00:00Z'))).toBe(0);
    expect(daysLeft('2025-06-30', new Date('2025-06-29T16:59:59Z'))).toBe(1);
  });
});
