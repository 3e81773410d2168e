/**
 * The date of issue of a plan (ngày ban hành): the years it may fall in, which the server
 * enforces when the plan is issued, and the date the issue dialog proposes — one rule for both.
 */

export interface PlanYears {
  fromYear: number;
  toYear: number;
}

/** From the year before the plan's first — a plan for 2027 is issued in late 2026 — to its last. */
export function issueYearsOf(plan: PlanYears): { first: number; last: number } {
  return { first: plan.fromYear - 1, last: plan.toYear };
}

/** `date` (yyyy-mm-dd) falls in the years a plan of these years may be dated. */
export function isIssueDateAllowed(date: string, plan: PlanYears): boolean {
  const year = Number(date.slice(0, 4));
  const { first, last } = issueYearsOf(plan);
  return year >= first && year <= last;
}

/**
 * What the dialog proposes, always an allowed date:
 *
 * 1. the date the draft itself bears, when it has one in those years: it was read from the
 *    signed paper of an imported plan ("ngày 05 tháng 3 năm 2025") or typed by the drafter,
 *    and the date of issue replaces it in the document — proposing another would quietly
 *    change what the paper says;
 * 2. otherwise today, when today may be the date: the ordinary case, a plan issued now for
 *    this year or the next;
 * 3. otherwise (a 2016–2018 plan entered for the record, or one for years still far ahead)
 *    1 January of the plan's first year — when such a plan starts; the official corrects it
 *    from the signed copy, and it is never a date the server refuses.
 */
export function defaultIssueDate(plan: PlanYears & { documentDate: string | null }, today: string): string {
  if (plan.documentDate && isIssueDateAllowed(plan.documentDate, plan)) return plan.documentDate;
  if (isIssueDateAllowed(today, plan)) return today;
  return `${plan.fromYear}-01-01`;
}
