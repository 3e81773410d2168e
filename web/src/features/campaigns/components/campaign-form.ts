/**
 * The "issue a campaign" form as data: its values (dates as typed, dd/mm/yyyy), the body it
 * sends (checked in the browser with the contract's createCampaignBody, the same schema the
 * server validates with), the suggested name and which kinds of unit can be asked.
 */
import { createCampaignBody, type CreateCampaignInput } from '../../../../../common/contracts/campaigns.ts';
import type { UnitKind, UnitLevel } from '../../../../../common/contracts/units.ts';
import { describePeriod, validatePeriod, type PeriodKind, type ReportPeriod } from '../../../../../common/campaigns/periods.ts';
import type { RollupBasis } from '../../../../../common/campaigns/rollup.ts';
import type { CalendarDate } from '../../../../../common/text/calendar-dates.ts';
import { formatDate, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { contractErrors } from '../../../lib/form.ts';
import type { UnitKinds } from '../api/get-unit-kinds.ts';

export interface CampaignFormValues {
  name: string;
  templateVersionId: string;
  periodKind: PeriodKind;
  year: string;
  half: '1' | '2';
  startYear: string;
  from: string;
  to: string;
  asOf: string;
  opensOn: string;
  deadline: string;
  locksOn: string;
  rollupBasis: RollupBasis;
  respondentKindIds: string[];
  instructions: string;
}

/** Form fields, in the order they appear; server errors are shown beside these. */
export const CAMPAIGN_FORM_FIELDS = [
  'periodKind',
  'year',
  'half',
  'startYear',
  'from',
  'to',
  'name',
  'templateVersionId',
  'instructions',
  'asOf',
  'opensOn',
  'deadline',
  'locksOn',
  'rollupBasis',
  'respondentKindIds',
] as const;

/** The current half year, with the opening date today: what is usually issued next. */
export function initialCampaignForm(today: CalendarDate): CampaignFormValues {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return {
    name: '',
    templateVersionId: '',
    periodKind: 'half-year',
    year: String(year),
    half: month <= 6 ? '1' : '2',
    startYear: String(month >= 8 ? year : year - 1),
    from: '',
    to: '',
    asOf: '',
    opensOn: formatDate(today),
    deadline: '',
    locksOn: '',
    rollupBasis: 'submitted',
    respondentKindIds: [],
    instructions: '',
  };
}

/** A typed date as the API wants it (yyyy-mm-dd); what was typed when it is not a date, so the schema refuses it. */
function toApiDate(text: string): string {
  return parseVietnameseDate(text) ?? text.trim();
}

const toYear = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The period the fields describe (the schema judges whether it is a valid one). */
export function periodOfForm(values: CampaignFormValues): ReportPeriod {
  switch (values.periodKind) {
    case 'half-year':
      return { kind: 'half-year', year: toYear(values.year), half: values.half === '2' ? 2 : 1 };
    case 'year':
      return { kind: 'year', year: toYear(values.year) };
    case 'school-year':
      return { kind: 'school-year', startYear: toYear(values.startYear) };
    case 'custom':
      return { kind: 'custom', from: toApiDate(values.from), to: toApiDate(values.to) };
  }
}

/** The request body the form sends. */
export function campaignBodyOf(values: CampaignFormValues): CreateCampaignInput {
  return {
    name: values.name,
    templateVersionId: Number(values.templateVersionId) || 0,
    period: periodOfForm(values),
    asOf: toApiDate(values.asOf),
    opensOn: toApiDate(values.opensOn),
    deadline: toApiDate(values.deadline),
    locksOn: values.locksOn.trim() === '' ? null : toApiDate(values.locksOn),
    rollupBasis: values.rollupBasis,
    respondentKindIds: values.respondentKindIds.map(Number),
    instructions: values.instructions.trim() === '' ? null : values.instructions,
  };
}

/** The field that shows an error about the period as a whole (an impossible range, a year out of bounds). */
export function periodErrorField(kind: PeriodKind): 'year' | 'startYear' | 'to' {
  return kind === 'school-year' ? 'startYear' : kind === 'custom' ? 'to' : 'year';
}

interface FormWords {
  required: string;
  invalidDate: string;
}

const REQUIRED_DATES = ['asOf', 'opensOn', 'deadline'] as const;

/**
 * The first problem per field: blank and unreadable dates in the form's own words, then
 * whatever the contract refuses (schedule order, period, lengths), on the field it concerns.
 */
export function validateCampaignForm(values: CampaignFormValues, words: FormWords): Record<string, string> {
  const own: Record<string, string> = {};
  const checkDate = (field: keyof CampaignFormValues, isRequired: boolean) => {
    const text = String(values[field]).trim();
    if (text === '') {
      if (isRequired) own[field] = words.required;
    } else if (!parseVietnameseDate(text)) {
      own[field] = words.invalidDate;
    }
  };
  for (const field of REQUIRED_DATES) checkDate(field, true);
  checkDate('locksOn', false);
  if (values.periodKind === 'custom') {
    checkDate('from', true);
    checkDate('to', true);
  } else if (values.periodKind === 'school-year') {
    if (values.startYear.trim() === '') own.startYear = words.required;
  } else if (values.year.trim() === '') {
    own.year = words.required;
  }
  if (values.name.trim() === '') own.name = words.required;

  const fromContract = contractErrors(createCampaignBody, campaignBodyOf(values), { period: periodErrorField(values.periodKind) });
  return { ...fromContract, ...own };
}

/** "Báo cáo công tác … phụ nữ" + "6 tháng đầu năm 2026": the template's name and the period, as the seeds title their reports. */
export function suggestCampaignName(templateName: string | undefined, period: ReportPeriod): string {
  const label = describePeriod(period);
  const periodText = label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
  return templateName ? `${templateName} ${periodText}` : '';
}

/** True when the fields describe a real period (a year in range, real dates in order): one that can be named. */
export function isNameablePeriod(period: ReportPeriod): boolean {
  return validatePeriod(period).ok;
}

export interface KindGroup {
  level: UnitLevel;
  kinds: UnitKind[];
}

/**
 * The kinds a unit can ask, grouped by level: those of levels deeper than the issuer's
 * (the server asks only units strictly below the issuer). Without the issuer's kind, every
 * level below the top.
 */
export function respondentKindGroups(data: UnitKinds, issuerKindId: number | null): KindGroup[] {
  const depthOf = new Map(data.levels.map((level) => [level.id, level.depth]));
  const issuerKind = issuerKindId === null ? undefined : data.kinds.find((kind) => kind.id === issuerKindId);
  const issuerDepth = issuerKind ? (depthOf.get(issuerKind.levelId) ?? 0) : 0;
  return [...data.levels]
    .sort((a, b) => a.depth - b.depth)
    .filter((level) => level.depth > issuerDepth)
    .map((level) => ({ level, kinds: data.kinds.filter((kind) => kind.levelId === level.id) }))
    .filter((group) => group.kinds.length > 0);
}

/** Schools and communes (UBND xã, phường): who answers the sector's half-year and annual reports. */
export function defaultRespondentKindIds(groups: readonly KindGroup[]): string[] {
  return groups.flatMap((group) => group.kinds.filter((kind) => kind.isSchool || kind.code === 'XA').map((kind) => String(kind.id)));
}
