/**
 * How a report's cells read to a person, the same in every file: a value key as its
 * element's label and disaggregation ("Tổng số cán bộ, giáo viên, nhân viên — Nữ"), the
 * assessment words of a target evaluation, the rollup basis of a campaign.
 */
import type { RollupBasis } from '../../../../common/campaigns/rollup.ts';
import { valueSlotsOf, type DefinitionLike } from '../../../../common/campaigns/report-content.ts';
import { GROUP_KEYS, MINORITY_KEY, SEX_KEYS, type DataElement, type TargetAssessment } from '../../../../common/contracts/templates.ts';

export const SEX_LABELS: Record<(typeof SEX_KEYS)[number], string> = { total: 'Tổng số', female: 'Nữ', male: 'Nam' };

/** Groups of the sex × group disaggregation (CBQL, GV, NV, học sinh, cha mẹ học sinh). */
export const GROUP_LABELS: Record<(typeof GROUP_KEYS)[number], string> = {
  managers: 'Cán bộ quản lý',
  teachers: 'Giáo viên',
  staff: 'Nhân viên',
  pupils: 'Học sinh',
  parents: 'Cha mẹ học sinh',
};

export const MINORITY_LABEL = 'trong đó DTTS';

/** Đạt / Chưa đạt / Không đánh giá được: what a person picks in the form. */
export const ASSESSMENT_LABELS: Record<TargetAssessment, string> = { achieved: 'Đạt', not_achieved: 'Chưa đạt', not_assessable: 'Không đánh giá được' };

export const ROLLUP_BASIS_LABELS: Record<RollupBasis, string> = {
  drafts: 'Mọi báo cáo đã có số liệu (kể cả đang soạn)',
  submitted: 'Báo cáo đã nộp (kể cả đã duyệt)',
  approved: 'Chỉ báo cáo đã duyệt',
};

/** The disaggregation part of a value key: "Nữ", "Nữ, trong đó DTTS", "Tổng số, Giáo viên"; "" for an element without one. */
export function disaggregationLabel(element: Pick<DataElement, 'code'>, key: string): string {
  if (key === element.code) return '';
  const [sex, category] = key.slice(element.code.length + 1).split('.') as [keyof typeof SEX_LABELS, string | undefined];
  const sexLabel = SEX_LABELS[sex] ?? sex;
  if (!category) return sexLabel;
  if (category === MINORITY_KEY) return `${sexLabel}, ${MINORITY_LABEL}`;
  return `${sexLabel}, ${GROUP_LABELS[category as keyof typeof GROUP_LABELS] ?? category}`;
}

/** "Tổng số cán bộ, giáo viên, nhân viên — Nữ" */
export function valueKeyLabel(element: Pick<DataElement, 'code' | 'label'>, key: string): string {
  const part = disaggregationLabel(element, key);
  return part ? `${element.label} — ${part}` : element.label;
}

export interface ValueColumn {
  key: string;
  element: DataElement;
  header: string;
}

/** Every value key of a definition in form order, with its header. */
export function valueColumnsOf(definition: DefinitionLike): ValueColumn[] {
  return [...valueSlotsOf(definition).values()].map(({ key, element }) => ({ key, element, header: valueKeyLabel(element, key) }));
}
