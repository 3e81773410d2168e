/**
 * The layout of the offline report form (biểu mẫu Excel), derived from the template
 * definition alone: which row holds which element, text question or target, and which
 * cell holds which value key. The writer lays the sheet out from it and the reader checks
 * an uploaded sheet against it, so the two can never disagree.
 *
 * Every row carries a marker in the hidden column A ("value:staff.total staff.female
 * staff.male"): the reader matches rows by marker and position, never by label, and a
 * changed marker (a row inserted, deleted or edited after unprotecting) refuses the file.
 */
import type { DefinitionLike } from '../../../../common/campaigns/report-content.ts';
import { GROUP_KEYS, MINORITY_KEY, SEX_KEYS, valueKeysOf, type DataElement, type EvaluationTarget, type TextQuestion } from '../../../../common/contracts/templates.ts';
import { GROUP_LABELS } from './value-labels.ts';

export const FORM_FORMAT = 'binhdang-report-form';
export const FORM_FORMAT_VERSION = '1';
export const FORM_SHEET = 'Báo cáo';
export const META_SHEET = '_binhdang';
/** What the metadata's HMAC is for (server/lib/file-signing.ts). */
export const SIGNING_PURPOSE = 'report-form';

/** Columns of the form sheet. */
export const COL = { marker: 1, label: 2, unit: 3, total: 4, female: 5, male: 6 } as const;
/** Columns of a target row: the assessment under "Đơn vị tính", the reason across the three number columns. */
export const TARGET_COL = { assessment: COL.unit, reason: COL.total } as const;
export const LAST_COL = COL.male;

export const NUMBER_HEADERS = ['Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Nữ', 'Nam'] as const;
export const TARGET_HEADERS = ['Chỉ tiêu (căn cứ)', 'Đánh giá', 'Lý do'] as const;

/** Rows above the first section: title, unit, period, deadline, guide, a blank line. */
export const INFO_ROWS = 6;

export interface ValueCell {
  column: number;
  key: string;
}

export type FormRow =
  | { kind: 'info'; marker: 'info' }
  | { kind: 'section'; marker: string; title: string }
  | { kind: 'header'; marker: string; texts: readonly string[] }
  | { kind: 'values'; marker: string; element: DataElement; label: string; isSub: boolean; cells: ValueCell[] }
  | { kind: 'question'; marker: string; question: TextQuestion }
  | { kind: 'text'; marker: string; question: TextQuestion }
  | { kind: 'targets'; marker: string; label: string }
  | { kind: 'target'; marker: string; target: EvaluationTarget };

const SEX_COLUMN: Record<(typeof SEX_KEYS)[number], number> = { total: COL.total, female: COL.female, male: COL.male };

function valuesRow(element: DataElement, label: string, isSub: boolean, keys: string[]): FormRow {
  const cells = keys.map((key, i) => ({ column: element.disaggregation === 'none' ? COL.total : SEX_COLUMN[SEX_KEYS[i]!], key }));
  return { kind: 'values', marker: `value:${keys.join(' ')}`, element, label, isSub, cells };
}

/** An element's rows: its sex split (or its one value), then "trong đó DTTS" or one row per group. */
function elementRows(element: DataElement): FormRow[] {
  if (element.disaggregation === 'none') return [valuesRow(element, element.label, false, valueKeysOf(element))];
  const bySex = (category?: string) => SEX_KEYS.map((sex) => (category ? `${element.code}.${sex}.${category}` : `${element.code}.${sex}`));
  const rows = [valuesRow(element, element.label, false, bySex())];
  if (element.disaggregation === 'sex_minority') rows.push(valuesRow(element, 'Trong đó: dân tộc thiểu số (DTTS)', true, bySex(MINORITY_KEY)));
  if (element.disaggregation === 'sex_group') for (const group of GROUP_KEYS) rows.push(valuesRow(element, `– ${GROUP_LABELS[group]}`, true, bySex(group)));
  return rows;
}

const layoutCache = new WeakMap<object, FormRow[]>();

/** The form's rows, top to bottom (row n of the sheet is element n − 1). Cached per definition object. */
export function formLayoutOf(definition: DefinitionLike): FormRow[] {
  const cached = layoutCache.get(definition);
  if (cached) return cached;
  const rows: FormRow[] = Array.from({ length: INFO_ROWS }, () => ({ kind: 'info', marker: 'info' }) as const);
  const sections = [...definition.sections].sort((a, b) => ((a as { order?: number }).order ?? 0) - ((b as { order?: number }).order ?? 0));
  for (const section of sections) {
    rows.push({ kind: 'section', marker: `section:${section.code}`, title: section.title });
    let previous: string | null = null;
    for (const item of section.items) {
      if (item.kind === 'number') {
        if (previous !== 'number') rows.push({ kind: 'header', marker: 'header:values', texts: NUMBER_HEADERS });
        rows.push(...elementRows(item));
      } else if (item.kind === 'text') {
        rows.push({ kind: 'question', marker: `question:${item.code}`, question: item }, { kind: 'text', marker: `text:${item.code}`, question: item });
      } else {
        rows.push({ kind: 'targets', marker: `targets:${item.code}`, label: item.label }, { kind: 'header', marker: 'header:targets', texts: TARGET_HEADERS });
        for (const target of item.targets) rows.push({ kind: 'target', marker: `target:${target.code}`, target });
      }
      previous = item.kind;
    }
  }
  layoutCache.set(definition, rows);
  return rows;
}

/** "D" for column 4. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The signed metadata, in the order it is written and signed. */
export const META_FIELDS = ['format', 'formatVersion', 'reportId', 'campaignId', 'campaignName', 'unitCode', 'unitName', 'templateVersionId', 'reportVersion', 'createdAt'] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type FormMetadataText = Record<MetaField, string>;
