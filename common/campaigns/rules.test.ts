import { describe, expect, it } from 'vitest';
import { toLookup } from './expressions.ts';
import { checkSubmissionReadiness, fillRuleMessage, runRules } from './rules.ts';
import type { RuleViolation, ValidationRule } from './rules.ts';

const rules: ValidationRule[] = [
  { id: 'female-le-total', expression: 'staff.female <= staff.total', severity: 'error', message: 'Số nữ ({staff.female}) không được lớn hơn tổng số ({staff.total})' },
  { id: 'sum-matches', expression: 'staff.female + staff.male == staff.total', severity: 'warning', message: 'Nam + nữ khác tổng số' },
  { id: 'planning-40', expression: 'planning.female / planning.total * 100 >= 40', severity: 'notice', message: 'Tỷ lệ nữ trong quy hoạch dưới 40%' },
  { id: 'managers', expression: 'managers.female <= managers.total', severity: 'error', message: 'Số nữ quản lý vượt tổng số' },
];

describe('runRules', () => {
  it('reports each failed rule with its severity and message, and lists rules it could not evaluate', () => {
    const result = runRules(rules, { 'staff.female': 1234.5, 'staff.total': 1000, 'staff.male': 10, 'planning.female': 3, 'planning.total': 10, 'managers.total': 4 });
    expect(result).toEqual({
      violations: [
        { ruleId: 'female-le-total', severity: 'error', message: 'Số nữ (1.234,5) không được lớn hơn tổng số (1.000)' },
        { ruleId: 'sum-matches', severity: 'warning', message: 'Nam + nữ khác tổng số' },
        { ruleId: 'planning-40', severity: 'notice', message: 'Tỷ lệ nữ trong quy hoạch dưới 40%' },
      ],
      notEvaluated: ['managers'],
    });
  });
  it('passes data that satisfy every rule', () => {
    const values = { 'staff.female': 28, 'staff.male': 12, 'staff.total': 40, 'planning.female': 4, 'planning.total': 10, 'managers.female': 1, 'managers.total': 3 };
    expect(runRules(rules, values)).toEqual({ violations: [], notEvaluated: [] });
  });
  it('skips a division by zero instead of failing the rule', () => {
    expect(runRules([rules[2]!], { 'planning.female': 0, 'planning.total': 0 })).toEqual({ violations: [], notEvaluated: ['planning-40'] });
  });
  it('fails closed on a rule that does not parse, or is not a condition', () => {
    const broken: ValidationRule[] = [
      { id: 'r1', expression: '(a <= b', severity: 'notice', message: 'x' },
      { id: 'r2', expression: 'a + b', severity: 'warning', message: 'y' },
    ];
    expect(runRules(broken, {}).violations).toEqual([
      { ruleId: 'r1', severity: 'error', message: 'Quy tắc kiểm tra "r1" không hợp lệ: Thiếu dấu ngoặc đóng tại vị trí 8' },
      { ruleId: 'r2', severity: 'error', message: 'Quy tắc kiểm tra "r2" không hợp lệ: Quy tắc kiểm tra phải là một điều kiện, ví dụ: staff.female <= staff.total' },
    ]);
  });
  it('fills a blank placeholder with "(trống)"', () => {
    expect(fillRuleMessage('Nữ: {staff.female}, tổng: {staff.total}', toLookup({ 'staff.total': 5 }))).toBe('Nữ: (trống), tổng: 5');
  });
});

describe('checkSubmissionReadiness', () => {
  const violations: RuleViolation[] = [
    { ruleId: 'e', severity: 'error', message: 'lỗi' },
    { ruleId: 'w', severity: 'warning', message: 'cảnh báo' },
    { ruleId: 'n', severity: 'notice', message: 'lưu ý' },
  ];
  it.each<[string, RuleViolation[], Parameters<typeof checkSubmissionReadiness>[1], boolean, string[], string[], string[]]>([
    ['no violations', [], undefined, true, [], [], []],
    ['an error blocks whatever the answers', violations.slice(0, 1), { explanations: { e: 'vì' }, confirmations: ['e'] }, false, ['e'], [], []],
    ['a warning needs an explanation', violations.slice(1, 2), {}, false, [], ['w'], []],
    ['a blank explanation is none', violations.slice(1, 2), { explanations: { w: ' \u00a0 ' } }, false, [], ['w'], []],
    ['an explained warning passes', violations.slice(1, 2), { explanations: { w: 'Có 2 nhân viên hợp đồng' } }, true, [], [], []],
    ['a confirmation does not explain a warning', violations.slice(1, 2), { confirmations: ['w'] }, false, [], ['w'], []],
    ['a notice needs a confirmation', violations.slice(2), { explanations: { n: 'đã xem' } }, false, [], [], ['n']],
    ['a confirmed notice passes', violations.slice(2), { confirmations: ['n'] }, true, [], [], []],
    ['everything at once, nothing answered', violations, {}, false, ['e'], ['w'], ['n']],
  ])('%s', (_, list, responses, canSubmit, errors, warnings, notices) => {
    const readiness = checkSubmissionReadiness(list, responses);
    expect(readiness.canSubmit).toBe(canSubmit);
    expect(readiness.errorsToFix.map((v) => v.ruleId)).toEqual(errors);
    expect(readiness.warningsToExplain.map((v) => v.ruleId)).toEqual(warnings);
    expect(readiness.noticesToConfirm.map((v) => v.ruleId)).toEqual(notices);
  });
});
