import { describe, expect, it } from 'vitest';
import {
  campaignScheduleSchema,
  reportPeriodSchema,
  reportStatusSchema,
  rollupBasisSchema,
  ruleResponsesSchema,
  ruleSeveritySchema,
  schoolYearCalendarSchema,
  validationRuleSchema,
  validationRulesSchema,
} from './contracts.ts';
import type { z } from 'zod';

/** The first message a schema gives for an input, or null when it accepts it. */
function messageOf(schema: z.ZodType, input: unknown): string | null {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues[0]?.message ?? 'unknown');
}

describe('reportPeriodSchema', () => {
  it.each<[unknown, string | null]>([
    [{ kind: 'half-year', year: 2025, half: 1 }, null],
    [{ kind: 'school-year', startYear: 2024 }, null],
    [{ kind: 'custom', from: '2024-11-16', to: '2025-05-15' }, null],
    [{ kind: 'half-year', year: 2025, half: 3 }, 'Chọn 6 tháng đầu năm (1) hoặc 6 tháng cuối năm (2)'],
    [{ kind: 'year', year: '2025' }, 'Năm phải là một số'],
    [{ kind: 'year', year: 1900 }, 'Năm phải là số nguyên từ 1990 đến 2100'],
    [{ kind: 'custom', from: '2025-05-16', to: '2025-05-15' }, 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc kỳ báo cáo'],
    [{ kind: 'custom', from: '2025-02-29', to: '2025-05-15' }, 'Ngày không hợp lệ'],
    [{ kind: 'quarter', year: 2025 }, 'Loại kỳ báo cáo không hợp lệ'],
  ])('%j → %s', (input, message) => expect(messageOf(reportPeriodSchema, input)).toBe(message));
});

describe('schoolYearCalendarSchema', () => {
  it('accepts the usual calendar and refuses one that overlaps itself', () => {
    expect(messageOf(schoolYearCalendarSchema, { start: { month: 9, day: 5 }, end: { month: 5, day: 31 } })).toBeNull();
    expect(messageOf(schoolYearCalendarSchema, { start: { month: 9, day: 5 }, end: { month: 9, day: 30 } })).toBe(
      'Năm học phải kết thúc (năm sau) trước ngày bắt đầu năm học',
    );
    expect(messageOf(schoolYearCalendarSchema, { start: { month: 13, day: 5 }, end: { month: 5, day: 31 } })).toBe('Tháng từ 1 đến 12');
  });
});

describe('campaignScheduleSchema', () => {
  const schedule = { asOf: '2025-05-31', opensOn: '2025-06-01', deadline: '2025-06-30', locksOn: '2025-07-15' };
  it.each<[string, object, string | null]>([
    ['a normal schedule', {}, null],
    ['no lock date', { locksOn: null }, null],
    ['deadline before opening', { deadline: '2025-05-30' }, 'Hạn nộp phải sau hoặc trùng ngày mở'],
    ['lock before the deadline', { locksOn: '2025-06-29' }, 'Ngày khóa phải sau hoặc trùng hạn nộp'],
    ['a day that does not exist', { deadline: '2025-06-31' }, 'Ngày không hợp lệ'],
  ])('%s', (_, change, message) => expect(messageOf(campaignScheduleSchema, { ...schedule, ...change })).toBe(message));
});

describe('validationRuleSchema', () => {
  const rule = { id: 'female-le-total', expression: 'staff.female <= staff.total', severity: 'error', message: '  Số nữ  không được lớn hơn tổng số ' };
  it('accepts a rule and normalises its message', () => {
    const parsed = validationRuleSchema.parse(rule);
    expect(parsed.message).toBe('Số nữ không được lớn hơn tổng số');
  });
  it.each<[string, object, string]>([
    ['an unbalanced expression gives the parser\'s message with its position', { expression: '(staff.female <= staff.total' }, 'Thiếu dấu ngoặc đóng tại vị trí 29'],
    ['an expression that is not a condition', { expression: 'staff.female' }, 'Quy tắc kiểm tra phải là một điều kiện, ví dụ: staff.female <= staff.total'],
    ['an unknown severity', { severity: 'fatal' }, 'Mức độ phải là lỗi, cảnh báo hoặc lưu ý'],
    ['an id with spaces', { id: 'nữ và tổng' }, 'Mã quy tắc chỉ gồm chữ không dấu, số, "_", "-", "." (tối đa 40 ký tự)'],
    ['an empty message', { message: '   ' }, 'Không được để trống'],
  ])('refuses %s', (_, change, message) => expect(messageOf(validationRuleSchema, { ...rule, ...change })).toBe(message));

  it('refuses two rules with the same id, pointing at the second', () => {
    const result = validationRulesSchema.safeParse([rule, rule]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [1, 'id'], message: 'Mã quy tắc "female-le-total" bị trùng' });
  });
});

describe('enums and responses', () => {
  it('accepts the domain\'s own values and refuses others in Vietnamese', () => {
    expect(ruleSeveritySchema.options).toEqual(['error', 'warning', 'notice']);
    expect(messageOf(reportStatusSchema, 'submitted-late')).toBeNull();
    expect(messageOf(reportStatusSchema, 'late')).toBe('Trạng thái báo cáo không hợp lệ');
    expect(messageOf(rollupBasisSchema, 'approved')).toBeNull();
    expect(messageOf(rollupBasisSchema, 'all')).toBe('Chọn số liệu tổng hợp từ: bản nháp, báo cáo đã nộp, hoặc chỉ báo cáo đã duyệt');
  });
  it('defaults missing responses to none', () => {
    expect(ruleResponsesSchema.parse({})).toEqual({ explanations: {}, confirmations: [] });
    expect(messageOf(ruleResponsesSchema, { explanations: { w: '  ' } })).toBe('Không được để trống');
  });
});
