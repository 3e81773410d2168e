import { describe, expect, it } from 'vitest';
import { describePeriod, type ReportPeriod } from '../../../../../common/campaigns/periods.ts';
import { campaignsEn } from '../../../../../common/i18n/campaigns.en.ts';
import { campaignsVi } from '../../../../../common/i18n/campaigns.vi.ts';
import { deadlineNote, periodLabelOf } from './campaign-words.ts';

const periods: ReportPeriod[] = [
  { kind: 'half-year', year: 2026, half: 1 },
  { kind: 'half-year', year: 2025, half: 2 },
  { kind: 'year', year: 2026 },
  { kind: 'school-year', startYear: 2025 },
  { kind: 'custom', from: '2026-01-01', to: '2026-11-22' },
];

describe('periodLabelOf', () => {
  it('names a period in Vietnamese exactly as describePeriod does', () => {
    for (const period of periods) expect(periodLabelOf(campaignsVi, period)).toBe(describePeriod(period));
  });

  it('names it in English too', () => {
    expect(periods.map((p) => periodLabelOf(campaignsEn, p))).toEqual(['First half of 2026', 'Second half of 2025', 'Year 2026', 'School year 2025–2026', 'From 01/01/2026 to 22/11/2026']);
  });
});

describe('deadlineNote', () => {
  // 10:00 in Hà Nội on 01/12/2026 (03:00 UTC); 23:30 in Hà Nội is still the same day.
  const now = new Date('2026-12-01T03:00:00Z');
  it('counts calendar days in Vietnam', () => {
    expect(deadlineNote(campaignsVi, '2026-12-16', now)).toMatchObject({ text: 'còn 15 ngày', tone: 'later' });
    expect(deadlineNote(campaignsVi, '2026-12-05', now)).toMatchObject({ text: 'còn 4 ngày', tone: 'soon' });
    expect(deadlineNote(campaignsVi, '2026-12-01', now)).toMatchObject({ text: 'hạn cuối là hôm nay', tone: 'today' });
    expect(deadlineNote(campaignsVi, '2026-12-01', new Date('2026-12-01T16:30:00Z'))).toMatchObject({ text: 'hạn cuối là hôm nay', tone: 'today' });
    expect(deadlineNote(campaignsVi, '2026-11-29', now)).toMatchObject({ text: 'đã qua hạn 2 ngày', tone: 'passed', days: -2 });
  });
});
