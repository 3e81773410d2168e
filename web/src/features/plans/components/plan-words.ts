/**
 * How a plan's facts read on screen: its years ("2025", "2016–2018"), its number
 * ("Số 15/KH-PGDĐT"), a reporting deadline ("trước ngày 1/6 hằng năm"), the colours of its
 * status, who may draft, and the legacy-encoding advice of the paste box.
 */
import type { PlanStatus, PlanSummary } from '../../../../../common/contracts/plans.ts';
import type { ReportingDeadline } from '../../../../../common/plans/plan-document.ts';
import type { Role } from '../../../../../common/roles.ts';
import { LEGACY_ENCODING_FONTS, LEGACY_ENCODING_NAMES, type LegacyVietnameseEncoding } from '../../../../../common/text/legacy-encoding.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import type { Messages } from '../../../../../common/i18n/vi.ts';

export type PlanWords = Messages['plans'];

/** "2025" for a yearly plan, "2016–2018" for a multi-year one. */
export function yearsText(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

/** A number worth printing: "/KH-PGDĐT" (left blank until issued) is not one. */
export function hasSerial(number: string | null | undefined): number is string {
  return Boolean(number && !number.startsWith('/'));
}

export const PLAN_STATUS_COLOR: Record<PlanStatus, string> = { draft: 'blue', issued: 'green', superseded: 'gray' };

/** Committee heads and officers write their own unit's plans (policy plan:draft); the server refuses the rest anyway. */
const DRAFTERS: readonly Role[] = ['committee_head', 'officer'];

export function canDraftPlans(role: Role | null | undefined): boolean {
  return role ? DRAFTERS.includes(role) : false;
}

/** Every word typed is somewhere in the title, number, unit or years: "thanh tri 2025" finds "…huyện Thanh Trì năm 2025". */
export function matchesPlan(plan: PlanSummary, search: string): boolean {
  const words = toSearchKey(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = toSearchKey(`${plan.title} ${plan.number ?? ''} ${plan.unit.name} ${yearsText(plan.fromYear, plan.toYear)}`);
  return words.every((word) => haystack.includes(word));
}

/** "trước ngày 1/6 hằng năm", "trong tháng 12/2027". */
export function deadlineText(words: PlanWords, deadline: Pick<ReportingDeadline, 'day' | 'month' | 'year'>): string {
  return words.editor.deadlineOn(deadline.day ? String(deadline.day) : null, String(deadline.month), deadline.year ? String(deadline.year) : null);
}

/** What to choose as "Nguồn" in Unikey's conversion tool for each legacy encoding. */
const UNIKEY_SOURCE: Record<LegacyVietnameseEncoding, string> = { TCVN3: 'TCVN3 (ABC)', VNI: 'VNI Windows' };

export function legacyAdvice(words: PlanWords, encoding: LegacyVietnameseEncoding): { title: string; body: string } {
  const name = LEGACY_ENCODING_NAMES[encoding];
  return { title: words.import.legacyTitle(name), body: words.import.legacyBody(name, LEGACY_ENCODING_FONTS[encoding], UNIKEY_SOURCE[encoding]) };
}

/** A year typed in a box: a whole number of 4 digits in the contract's range, else null. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** A number typed the Vietnamese way ("12,5", "1.234") or the other ("12.5"); null when it is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  let normalized = trimmed;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)) normalized = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(trimmed)) normalized = trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}
