/**
 * What a unit writes into a report, checked the same way wherever it comes from — the web
 * form as the user types, the JSON data API, an uploaded .xlsx: numbers against their
 * element's value type, text answers and target evaluations against the template, and
 * the template's rules (rules.ts) against the numbers.
 *
 * Values are keyed by value key (`staff.female`, common/contracts/templates.ts); a blank
 * is null (or absent), never 0. Answers hold the narrative: text per question code, and
 * per target code an assessment (đạt / chưa đạt / không đánh giá được) with its reason.
 */
import { dataElementsOf, valueKeysOf, type DataElement, type TargetAssessment, type TemplateItem, type ValueType } from '../contracts/templates.ts';
import { formatNumber } from '../text/format.ts';
import { normalizeText } from '../text/vietnamese.ts';
import { checkSubmissionReadiness, runRules, type RuleResponses, type RuleViolation, type SubmissionReadiness, type ValidationRule } from './rules.ts';

export type StoredValues = Record<string, number | null>;

export interface TargetAnswer {
  assessment: TargetAssessment | null;
  reason: string;
}

export interface ReportAnswers {
  /** Question code → the unit's text. */
  texts: Record<string, string>;
  /** Target code → assessment and reason. */
  targets: Record<string, TargetAnswer>;
}

export const EMPTY_ANSWERS: ReportAnswers = { texts: {}, targets: {} };

/** The shape of a definition this module reads (stored or input). */
export interface DefinitionLike {
  sections: readonly { code: string; title: string; items: readonly TemplateItem[] }[];
  rules: readonly ValidationRule[];
}

/** One problem with one field: `field` is a value key, `texts.<code>` or `targets.<code>`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The largest figure a report may hold: far above any count in the sector, well inside exact doubles. */
export const MAX_REPORT_VALUE = 1e13;

export interface ValueSlot {
  key: string;
  element: DataElement;
}

const slotCache = new WeakMap<object, Map<string, ValueSlot>>();

/** Every value key of a definition with its element, in form order (cached per definition object). */
export function valueSlotsOf(definition: DefinitionLike): Map<string, ValueSlot> {
  let slots = slotCache.get(definition);
  if (!slots) {
    slots = new Map();
    for (const element of dataElementsOf(definition)) for (const key of valueKeysOf(element)) slots.set(key, { key, element });
    slotCache.set(definition, slots);
  }
  return slots;
}

const TYPE_NAMES: Record<ValueType, string> = { integer: 'số nguyên', decimal: 'số', percent: 'tỷ lệ %', money: 'số tiền' };

/** Why one value is not acceptable for its element, or null. */
export function checkValue(element: Pick<DataElement, 'valueType' | 'label'>, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `"${element.label}" phải là ${TYPE_NAMES[element.valueType]}`;
  if (value < 0) return `"${element.label}" không được âm`;
  if (value > MAX_REPORT_VALUE) return `"${element.label}" quá lớn (tối đa ${formatNumber(MAX_REPORT_VALUE)})`;
  if ((element.valueType === 'integer' || element.valueType === 'money') && !Number.isInteger(value)) return `"${element.label}" phải là số nguyên`;
  if (element.valueType === 'percent' && value > 100) return `"${element.label}" là tỷ lệ %, không quá 100`;
  return null;
}

/** Type problems of a set of values: unknown keys, text, negatives, fractions of people. */
export function validateValues(definition: DefinitionLike, values: Readonly<Record<string, unknown>>): FieldProblem[] {
  const slots = valueSlotsOf(definition);
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const slot = slots.get(key);
    if (!slot) {
      problems.push({ field: key, message: `Mẫu báo cáo không có chỉ tiêu "${key}"` });
      continue;
    }
    const problem = checkValue(slot.element, value);
    if (problem) problems.push({ field: key, message: problem });
  }
  return problems;
}

/** Values with blanks dropped and keys in form order: what is stored and compared. */
export function canonicalValues(definition: DefinitionLike, values: Readonly<Record<string, number | null | undefined>>): StoredValues {
  const result: StoredValues = {};
  for (const key of valueSlotsOf(definition).keys()) {
    const value = values[key];
    if (typeof value === 'number' && Number.isFinite(value)) result[key] = value;
  }
  return result;
}

/** Answers with text normalised (NFC), blanks dropped, unknown codes refused. */
export function validateAnswers(definition: DefinitionLike, answers: ReportAnswers): { answers: ReportAnswers; problems: FieldProblem[] } {
  const questions = new Set<string>();
  const targets = new Set<string>();
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.kind === 'text') questions.add(item.code);
      if (item.kind === 'targets') for (const target of item.targets) targets.add(target.code);
    }
  }
  const problems: FieldProblem[] = [];
  const clean: ReportAnswers = { texts: {}, targets: {} };
  for (const [code, text] of Object.entries(answers.texts ?? {})) {
    if (!questions.has(code)) problems.push({ field: `texts.${code}`, message: `Mẫu báo cáo không có câu hỏi "${code}"` });
    else if (normalizeText(text) !== '') clean.texts[code] = text.normalize('NFC').trim();
  }
  for (const [code, answer] of Object.entries(answers.targets ?? {})) {
    if (!targets.has(code)) problems.push({ field: `targets.${code}`, message: `Mẫu báo cáo không có chỉ tiêu đánh giá "${code}"` });
    else if (answer.assessment || normalizeText(answer.reason ?? '') !== '') clean.targets[code] = { assessment: answer.assessment ?? null, reason: normalizeText(answer.reason ?? '') };
  }
  return { answers: clean, problems };
}

/** What the narrative still lacks before submission: required answers, assessments, reasons. */
export function missingAnswers(definition: DefinitionLike, answers: ReportAnswers): FieldProblem[] {
  const missing: FieldProblem[] = [];
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.kind === 'text' && item.required && normalizeText(answers.texts[item.code] ?? '') === '') {
        missing.push({ field: `texts.${item.code}`, message: `Chưa trả lời "${item.label}"` });
      }
      if (item.kind === 'targets') {
        for (const target of item.targets) {
          const answer = answers.targets[target.code];
          if (!answer?.assessment) missing.push({ field: `targets.${target.code}`, message: `Chưa đánh giá chỉ tiêu "${target.label}"` });
          else if (normalizeText(answer.reason) === '') missing.push({ field: `targets.${target.code}`, message: `Chưa ghi lý do đánh giá chỉ tiêu "${target.label}"` });
        }
      }
    }
  }
  return missing;
}

export interface ReportAssessment {
  /** Values that are not acceptable at all (a draft with them is not saved). */
  valueProblems: FieldProblem[];
  /** The template's rules over the values. */
  violations: RuleViolation[];
  readiness: SubmissionReadiness;
  /** Narrative still missing. */
  missing: FieldProblem[];
  canSubmit: boolean;
}

/** Everything that decides whether a report may be submitted, in one call — the form runs it on every keystroke. */
export function assessReport(definition: DefinitionLike, values: StoredValues, answers: ReportAnswers, responses: RuleResponses = {}): ReportAssessment {
  const valueProblems = validateValues(definition, values);
  const { violations } = runRules(definition.rules, values);
  const readiness = checkSubmissionReadiness(violations, responses);
  const missing = missingAnswers(definition, answers);
  return { valueProblems, violations, readiness, missing, canSubmit: valueProblems.length === 0 && readiness.canSubmit && missing.length === 0 };
}

/** Keys whose values differ between two sets (blank and absent are the same). */
export function changedValueKeys(a: Readonly<Record<string, number | null | undefined>>, b: Readonly<Record<string, number | null | undefined>>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => (a[key] ?? null) !== (b[key] ?? null));
}

/** JSON with object keys sorted at every depth: equal content gives equal text whatever order a store kept the keys in (jsonb does not keep them). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
