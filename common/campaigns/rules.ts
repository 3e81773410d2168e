/**
 * A template's validation rules at work: run them over a report's values, word the
 * violations, and decide whether the report may be submitted — an error must be fixed
 * (lỗi), a warning explained (cảnh báo → giải trình), a notice confirmed (lưu ý → xác nhận).
 * The language itself lives in expressions.ts.
 */
import { formatNumber } from '../text/format.ts';
import { normalizeText } from '../text/vietnamese.ts';
import { evaluate, parseRuleExpression, toLookup } from './expressions.ts';
import type { ParseResult, ReportValues, ValueLookup } from './expressions.ts';

export const RULE_SEVERITIES = ['error', 'warning', 'notice'] as const;
/** error: must be fixed (lỗi); warning: must be explained (cảnh báo); notice: must be confirmed (lưu ý). */
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export interface ValidationRule {
  id: string;
  /** A condition that holds when the data are right: `staff.female <= staff.total`. */
  expression: string;
  severity: RuleSeverity;
  /** Shown when the condition fails; `{staff.female}` is replaced by that value, formatted. */
  message: string;
}

export interface RuleViolation {
  ruleId: string;
  severity: RuleSeverity;
  message: string;
}

export interface RuleRunResult {
  violations: RuleViolation[];
  /** Rules skipped because a value they need is blank or not computable. */
  notEvaluated: string[];
}

// The form re-runs every rule on each keystroke; parsing once per distinct text keeps that cheap.
const parsedRules = new Map<string, ParseResult>();
const PARSED_RULES_CAPACITY = 2000;

function parseRuleCached(text: string): ParseResult {
  let parsed = parsedRules.get(text);
  if (!parsed) {
    if (parsedRules.size >= PARSED_RULES_CAPACITY) parsedRules.clear();
    parsed = parseRuleExpression(text);
    parsedRules.set(text, parsed);
  }
  return parsed;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}/g;

/** Replaces `{path}` in a rule's message with the value, formatted the Vietnamese way ("(trống)" when blank). */
export function fillRuleMessage(message: string, lookup: ValueLookup): string {
  return message.replace(PLACEHOLDER, (_, path: string) => {
    const value = lookup(path);
    return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, 2) : '(trống)';
  });
}

/**
 * Runs a template's rules over a report's values. A rule whose text does not parse
 * (it should have been refused when the template was saved) fails closed: it is
 * reported as an error so the report cannot be submitted past a broken check.
 */
export function runRules(rules: readonly ValidationRule[], values: ReportValues): RuleRunResult {
  const lookup = toLookup(values);
  const violations: RuleViolation[] = [];
  const notEvaluated: string[] = [];
  for (const rule of rules) {
    const parsed = parseRuleCached(rule.expression);
    if (!parsed.ok) {
      violations.push({ ruleId: rule.id, severity: 'error', message: `Quy tắc kiểm tra "${rule.id}" không hợp lệ: ${parsed.error.message}` });
      continue;
    }
    const result = evaluate(parsed.expression, lookup);
    if (result === null) notEvaluated.push(rule.id);
    else if (result === false) violations.push({ ruleId: rule.id, severity: rule.severity, message: fillRuleMessage(rule.message, lookup) });
  }
  return { violations, notEvaluated };
}

/** What the user has said about the violations: explanations for warnings, confirmations for notices. */
export interface RuleResponses {
  /** Rule id → the unit's explanation (giải trình). */
  explanations?: Readonly<Record<string, string>>;
  /** Ids of the notices the user confirmed (xác nhận). */
  confirmations?: readonly string[];
}

export interface SubmissionReadiness {
  canSubmit: boolean;
  /** Errors: must be fixed in the data. */
  errorsToFix: RuleViolation[];
  /** Warnings without a non-blank explanation. */
  warningsToExplain: RuleViolation[];
  /** Notices not yet confirmed. */
  noticesToConfirm: RuleViolation[];
}

/** Whether a report with these violations may be submitted, and what is still missing. */
export function checkSubmissionReadiness(violations: readonly RuleViolation[], responses: RuleResponses = {}): SubmissionReadiness {
  const explanations = responses.explanations ?? {};
  const confirmed = new Set(responses.confirmations ?? []);
  const hasExplanation = (ruleId: string) => Object.hasOwn(explanations, ruleId) && normalizeText(explanations[ruleId] ?? '') !== '';
  const errorsToFix = violations.filter((v) => v.severity === 'error');
  const warningsToExplain = violations.filter((v) => v.severity === 'warning' && !hasExplanation(v.ruleId));
  const noticesToConfirm = violations.filter((v) => v.severity === 'notice' && !confirmed.has(v.ruleId));
  return {
    canSubmit: errorsToFix.length + warningsToExplain.length + noticesToConfirm.length === 0,
    errorsToFix,
    warningsToExplain,
    noticesToConfirm,
  };
}
