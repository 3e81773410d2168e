import { describe, expect, it } from 'vitest';
import { defaultIssueDate, isIssueDateAllowed, issueYearsOf } from './issue-date.ts';

describe('the date of issue of a plan', () => {
  it('may fall from the year before the first year of the plan to its last', () => {
    const plan = { fromYear: 2016, toYear: 2018 };
    expect(issueYearsOf(plan)).toEqual({ first: 2015, last: 2018 });
    expect(['2014-12-31', '2015-01-01', '2018-12-31', '2019-01-01'].map((date) => isIssueDateAllowed(date, plan))).toEqual([false, true, true, false]);
  });

  it.each([
    // [plan years, the draft's own date, today, proposed]
    ['this year’s plan, undated', [2026, 2026], null, '2026-12-02', '2026-12-02'],
    ['next year’s plan, issued in November', [2027, 2027], null, '2026-11-20', '2026-11-20'],
    ['the plan’s own date wins over today', [2026, 2026], '2026-01-08', '2026-12-02', '2026-01-08'],
    ['a 2016–2018 plan with its date, entered for the record', [2016, 2018], '2016-08-15', '2026-12-02', '2016-08-15'],
    ['a 2016–2018 plan without a date', [2016, 2018], null, '2026-12-02', '2016-01-01'],
    ['last year’s plan whose date was left from an older copy', [2025, 2025], '2021-03-05', '2026-12-02', '2025-01-01'],
    ['a plan for years still far ahead', [2030, 2030], null, '2026-12-02', '2030-01-01'],
  ] as const)('%s', (_case, [fromYear, toYear], documentDate, today, expected) => {
    const plan = { fromYear, toYear, documentDate };
    expect(defaultIssueDate(plan, today)).toBe(expected);
    expect(isIssueDateAllowed(defaultIssueDate(plan, today), plan)).toBe(true);
  });
});
