/**
 * The zod schemas for campaign inputs the API will accept: periods, campaign
 * schedules, validation rules, severities, report statuses, rollup bases and the
 * user's answers to rule violations. Each schema delegates its rule to the domain
 * module that owns it (validatePeriod, parseRuleExpression…), so the rule lives in
 * one place and the API, the form and the .xlsx upload refuse the same things.
 */
import { z } from 'zod';
import { calendarDate, textInput } from '../contracts/shared.ts';
import { isCalendarDate } from '../text/calendar-dates.ts';
import { REPORT_STATUSES, SUBMISSION_STATES } from './deadlines.ts';
import { MAX_EXPRESSION_LENGTH, parseRuleExpression } from './expressions.ts';
import { RULE_SEVERITIES } from './rules.ts';
import { DEFAULT_SCHOOL_YEAR, PERIOD_KINDS, validatePeriod, validateSchoolYearCalendar } from './periods.ts';
import { ROLLUP_BASES } from './rollup.ts';

/** A real day, 'yyyy-mm-dd' (the shared `calendarDate` checks only the shape). */
export const campaignDate = calendarDate.refine(isCalendarDate, { message: 'Ngày không hợp lệ' });

export const periodKindSchema = z.enum(PERIOD_KINDS, { message: 'Loại kỳ báo cáo không hợp lệ' });

const year = z.number({ message: 'Năm phải là một số' }).int('Năm phải là số nguyên');

const periodShape = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('half-year'), year, half: z.union([z.literal(1), z.literal(2)], { message: 'Chọn 6 tháng đầu năm (1) hoặc 6 tháng cuối năm (2)' }) }),
    z.object({ kind: z.literal('year'), year }),
    z.object({ kind: z.literal('school-year'), startYear: year }),
    z.object({ kind: z.literal('custom'), from: campaignDate, to: campaignDate }),
  ],
  { message: 'Loại kỳ báo cáo không hợp lệ' },
);

/** A report period (kỳ báo cáo), checked by validatePeriod with the default school-year calendar. */
export const reportPeriodSchema = periodShape.superRefine((period, ctx) => {
  const check = validatePeriod(period, DEFAULT_SCHOOL_YEAR);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
});

const monthDay = z.object({
  month: z.number().int().min(1, 'Tháng từ 1 đến 12').max(12, 'Tháng từ 1 đến 12'),
  day: z.number().int().min(1, 'Ngày từ 1 đến 31').max(31, 'Ngày từ 1 đến 31'),
});

/** The school year's first and last days, as data an admin can change. */
export const schoolYearCalendarSchema = z.object({ start: monthDay, end: monthDay }).superRefine((calendar, ctx) => {
  const problem = validateSchoolYearCalendar(calendar);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The fields of a campaign's dates, for schemas that carry them among others. */
export const campaignScheduleFields = {
  /** Số liệu tính đến ngày: the date the figures are as of. */
  asOf: campaignDate,
  opensOn: campaignDate,
  deadline: campaignDate,
  locksOn: campaignDate.nullable().optional(),
};

/** The order of a campaign's dates: opening ≤ deadline ≤ lock date (when there is one). */
export function checkScheduleOrder(schedule: { opensOn: string; deadline: string; locksOn?: string | null | undefined }, ctx: z.RefinementCtx): void {
  if (schedule.opensOn > schedule.deadline) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'Hạn nộp phải sau hoặc trùng ngày mở' });
  }
  if (schedule.locksOn && schedule.locksOn < schedule.deadline) {
    ctx.addIssue({ code: 'custom', path: ['locksOn'], message: 'Ngày khóa phải sau hoặc trùng hạn nộp' });
  }
}

/** A campaign's dates: opening ≤ deadline ≤ lock date (when there is one). */
export const campaignScheduleSchema = z.object(campaignScheduleFields).superRefine(checkScheduleOrder);

/** A per-unit extension: a new deadline for one unit. */
export const deadlineExtensionSchema = z.object({
  unitId: z.number().int().positive(),
  deadline: campaignDate,
  reason: textInput(500),
});

export const exemptionSchema = z.object({
  unitId: z.number().int().positive(),
  reason: textInput(500),
});

export const ruleSeveritySchema = z.enum(RULE_SEVERITIES, { message: 'Mức độ phải là lỗi, cảnh báo hoặc lưu ý' });

/** A validation rule of a template; the expression is parsed and its error reported with its position. */
export const validationRuleSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Mã quy tắc chỉ gồm chữ không dấu, số, "_", "-", "." (tối đa 40 ký tự)'),
  expression: z
    .string()
    .max(MAX_EXPRESSION_LENGTH, `Biểu thức quá dài (tối đa ${MAX_EXPRESSION_LENGTH} ký tự)`)
    .superRefine((text, ctx) => {
      const parsed = parseRuleExpression(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.message });
    }),
  severity: ruleSeveritySchema,
  message: textInput(500),
});
export type ValidationRuleInput = z.infer<typeof validationRuleSchema>;

/** A template's rules: ids must be unique, since explanations and confirmations point at them. */
export const validationRulesSchema = z.array(validationRuleSchema).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Mã quy tắc "${rule.id}" bị trùng` });
    seen.add(rule.id);
  });
});

/** The user's answers to violations when submitting: explanations for warnings, confirmations for notices. */
export const ruleResponsesSchema = z.object({
  explanations: z.record(z.string(), textInput(2000)).default({}),
  confirmations: z.array(z.string()).default([]),
});

export const reportStatusSchema = z.enum(REPORT_STATUSES, { message: 'Trạng thái báo cáo không hợp lệ' });
export const submissionStateSchema = z.enum(SUBMISSION_STATES, { message: 'Trạng thái báo cáo không hợp lệ' });
export const rollupBasisSchema = z.enum(ROLLUP_BASES, {
  message: 'Chọn số liệu tổng hợp từ: bản nháp, báo cáo đã nộp, hoặc chỉ báo cáo đã duyệt',
});
