/**
 * The report form's fields, named once: a cell holds a value key (`staff.female`,
 * common/contracts/templates.ts), a question its text, a target its assessment and reason,
 * a rule its explanation or confirmation. Each field has a DOM id, so the validation panel
 * can take the person to it, and each cell an accessible name built from the element's
 * label and its column ("Tổng số cán bộ, giáo viên, nhân viên — Nữ").
 */
import { parseRuleExpression, referencesOf } from '../../../../../common/campaigns/expressions.ts';
import type { DefinitionLike } from '../../../../../common/campaigns/report-content.ts';
import { GROUP_KEYS, MINORITY_KEY, type DataElement, type Disaggregation, type TemplateItem } from '../../../../../common/contracts/templates.ts';

export type SexKey = 'total' | 'female' | 'male';
export type GroupKey = (typeof GROUP_KEYS)[number];

export const SEXES: readonly SexKey[] = ['total', 'female', 'male'];

export const valueField = (key: string) => `v:${key}`;
export const textField = (code: string) => `t:${code}`;
export const assessmentField = (code: string) => `a:${code}`;
export const reasonField = (code: string) => `r:${code}`;
export const explanationField = (ruleId: string) => `e:${ruleId}`;
export const confirmationField = (ruleId: string) => `c:${ruleId}`;

/** The element's id in the page for a field ('v:staff.female' → 'rf-v-staff.female'). */
export function fieldDomId(field: string): string {
  return `rf-${field.replace(':', '-').replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/**
 * Where a problem the contract reports lives in the form: a value key, `texts.<code>`,
 * `targets.<code>`, `rules.<id>` (the server's REPORT_NOT_READY details) or `lateReason`.
 */
export function formFieldOf(problemField: string, definition: DefinitionLike): string | null {
  if (problemField.startsWith('texts.')) return textField(problemField.slice(6));
  if (problemField.startsWith('targets.')) return assessmentField(problemField.slice(8));
  if (problemField.startsWith('rules.')) {
    const keys = ruleKeysOf(definition).get(problemField.slice(6));
    return keys?.[0] ? valueField(keys[0]) : null;
  }
  return problemField === 'lateReason' ? null : valueField(problemField);
}

/** The words a cell's name is made of (the i18n `reports.cells` messages). */
export interface CellWords {
  total: string;
  female: string;
  male: string;
  minority: string;
  groups: Record<GroupKey, string>;
}

/** A value key's column, in words: "Nữ", "Trong đó DTTS: Nữ", "GV: Nữ"; '' for a bare `code`. */
export function describeColumn(key: string, words: CellWords): string {
  const [, sex, category] = key.split('.') as [string, SexKey | undefined, string | undefined];
  if (!sex) return '';
  if (!category) return words[sex];
  if (category === MINORITY_KEY) return `${words.minority}: ${words[sex]}`;
  return `${words.groups[category as GroupKey] ?? category}: ${words[sex]}`;
}

/** A cell's accessible name: "Tổng số cán bộ, giáo viên, nhân viên — Nữ". */
export function describeCell(element: Pick<DataElement, 'label'>, key: string, words: CellWords): string {
  const column = describeColumn(key, words);
  return column ? `${element.label} — ${column}` : element.label;
}

/**
 * A value problem without the element's name, for a place that already shows it: checkValue
 * says `"Cán bộ quản lý" phải là số nguyên`; the cell (or "Cán bộ quản lý — Nữ: …") says the rest.
 */
export function withoutElementName(problem: string, label: string): string {
  const prefix = `"${label}" `;
  const rest = problem.startsWith(prefix) ? problem.slice(prefix.length) : problem;
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** One row of a numeric table: the element, which sub-row (null: the element's own), and its cells by column. */
export interface CellRow {
  element: DataElement;
  group: GroupKey | null;
  /** Value keys in column order. */
  keys: string[];
}

/** The rows an element takes in its table: one, or — by group — its own row then one per group. */
export function rowsOf(element: DataElement): CellRow[] {
  const code = element.code;
  switch (element.disaggregation) {
    case 'none':
      return [{ element, group: null, keys: [code] }];
    case 'sex':
      return [{ element, group: null, keys: SEXES.map((sex) => `${code}.${sex}`) }];
    case 'sex_minority':
      return [{ element, group: null, keys: [...SEXES.map((sex) => `${code}.${sex}`), ...SEXES.map((sex) => `${code}.${sex}.${MINORITY_KEY}`)] }];
    case 'sex_group':
      return [
        { element, group: null, keys: SEXES.map((sex) => `${code}.${sex}`) },
        ...GROUP_KEYS.map((group) => ({ element, group, keys: SEXES.map((sex) => `${code}.${sex}.${group}`) })),
      ];
  }
}

/** A section's items as the form lays them out: consecutive numbers of one disaggregation share a table. */
export type FormBlock =
  | { kind: 'numbers'; disaggregation: Disaggregation; elements: DataElement[] }
  | { kind: 'text'; item: Extract<TemplateItem, { kind: 'text' }> }
  | { kind: 'targets'; item: Extract<TemplateItem, { kind: 'targets' }> };

export function blocksOf(items: readonly TemplateItem[]): FormBlock[] {
  const blocks: FormBlock[] = [];
  for (const item of items) {
    if (item.kind !== 'number') {
      blocks.push(item.kind === 'text' ? { kind: 'text', item } : { kind: 'targets', item });
      continue;
    }
    const last = blocks.at(-1);
    if (last?.kind === 'numbers' && last.disaggregation === item.disaggregation) last.elements.push(item);
    else blocks.push({ kind: 'numbers', disaggregation: item.disaggregation, elements: [item] });
  }
  return blocks;
}

const ruleKeysCache = new WeakMap<object, Map<string, string[]>>();

/** Rule id → the value keys it reads, in order: where a violation takes the person. Cached per definition. */
export function ruleKeysOf(definition: DefinitionLike): Map<string, string[]> {
  let keys = ruleKeysCache.get(definition);
  if (!keys) {
    keys = new Map();
    for (const rule of definition.rules) {
      const parsed = parseRuleExpression(rule.expression);
      keys.set(rule.id, parsed.ok ? referencesOf(parsed.expression) : []);
    }
    ruleKeysCache.set(definition, keys);
  }
  return keys;
}

/** Moves the person to a field: scrolled into view and focused (the first control inside a group). */
export function focusField(field: string): void {
  const target = document.getElementById(fieldDomId(field));
  if (!target) return;
  const control = target.matches('input, textarea, select, button') ? target : target.querySelector<HTMLElement>('input:not([disabled]), textarea, button');
  target.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  (control ?? target).focus({ preventScroll: true });
}
