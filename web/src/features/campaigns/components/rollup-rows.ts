/**
 * A rollup laid out for reading: each section's numeric elements with their subtree totals by
 * disaggregation (Tổng số | Nữ | Nam | % nữ), a row per element and sub-rows for "trong đó
 * DTTS" and the groups. The share of women is the sum of women over the sum of totals
 * (ratioFromTotals), never an average of the units' shares; a key no unit gave is blank, not 0.
 */
import type { RollupTotals } from '../../../../../common/contracts/campaigns.ts';
import { dataElementsOf, GROUP_KEYS, MINORITY_KEY, type DataElement, type TemplateItem } from '../../../../../common/contracts/templates.ts';
import { ratioFromTotals, type Totals } from '../../../../../common/campaigns/rollup.ts';

export type GroupKey = (typeof GROUP_KEYS)[number];

export interface RollupRow {
  /** The value key of the row's total ('staff.total', 'staff.total.minority', 'commEvents'). */
  key: string;
  label: string;
  /** Đơn vị tính. */
  unit: string;
  /** A "trong đó" line under its element. */
  isSub: boolean;
  /** False for an element without a sex split: only its total is shown. */
  hasSexSplit: boolean;
  /** A percentage element cannot be added up across units. */
  isSummable: boolean;
  total: number | null;
  female: number | null;
  male: number | null;
  /** Sum of women / sum of totals × 100, null when either is missing or the total is 0. */
  femaleShare: number | null;
  /** How many units gave a figure (the most of the row's cells). */
  reportingUnits: number;
}

export interface RollupSection {
  code: string;
  title: string;
  rows: RollupRow[];
}

export interface RollupLabels {
  minority: string;
  groups: Record<GroupKey, string>;
}

function row(element: DataElement, totals: Totals, suffix: string, label: string, isSub: boolean): RollupRow {
  const isSummable = element.valueType !== 'percent';
  const cell = (key: string) => totals.get(key);
  if (element.disaggregation === 'none') {
    const own = cell(element.code);
    return { key: element.code, label, unit: element.unit, isSub, hasSexSplit: false, isSummable, total: isSummable ? (own?.sum ?? null) : null, female: null, male: null, femaleShare: null, reportingUnits: own?.reportingUnits ?? 0 };
  }
  const keyOf = (sex: 'total' | 'female' | 'male') => `${element.code}.${sex}${suffix}`;
  const [total, female, male] = [cell(keyOf('total')), cell(keyOf('female')), cell(keyOf('male'))];
  const share = total && female && isSummable ? ratioFromTotals(totals, keyOf('female'), keyOf('total')).percent : null;
  return {
    key: keyOf('total'),
    label,
    unit: element.unit,
    isSub,
    hasSexSplit: true,
    isSummable,
    total: isSummable ? (total?.sum ?? null) : null,
    female: isSummable ? (female?.sum ?? null) : null,
    male: isSummable ? (male?.sum ?? null) : null,
    femaleShare: share,
    reportingUnits: Math.max(total?.reportingUnits ?? 0, female?.reportingUnits ?? 0, male?.reportingUnits ?? 0),
  };
}

function rowsOf(element: DataElement, totals: Totals, labels: RollupLabels): RollupRow[] {
  const main = row(element, totals, '', element.label, false);
  if (element.disaggregation === 'sex_minority') return [main, row(element, totals, `.${MINORITY_KEY}`, labels.minority, true)];
  if (element.disaggregation === 'sex_group') return [main, ...GROUP_KEYS.map((group) => row(element, totals, `.${group}`, labels.groups[group], true))];
  return [main];
}

/** The sections that have numeric elements, in the template's order, each element's rows read from the totals. */
export function rollupSections(
  definition: { sections: readonly { code: string; title: string; order: number; items: readonly TemplateItem[] }[] },
  totals: RollupTotals,
  labels: RollupLabels,
): RollupSection[] {
  const map: Totals = new Map(Object.entries(totals));
  return [...definition.sections]
    .sort((a, b) => a.order - b.order)
    .map((section) => ({ code: section.code, title: section.title, rows: dataElementsOf({ sections: [section] }).flatMap((element) => rowsOf(element, map, labels)) }))
    .filter((section) => section.rows.length > 0);
}

/** True when the definition has questions or target tables, which are read per report, not added up. */
export function hasUnsummedItems(definition: { sections: readonly { items: readonly TemplateItem[] }[] }): boolean {
  return definition.sections.some((section) => section.items.some((item) => item.kind !== 'number'));
}
