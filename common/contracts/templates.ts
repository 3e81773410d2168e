/**
 * Report templates (mẫu báo cáo): what a report asks for, as data an admin defines.
 *
 * A definition holds sections (phần) of three kinds of item:
 *   - numeric data elements (chỉ tiêu số liệu) with a value type, a unit of measure and a
 *     disaggregation (phân tổ);
 *   - text questions (câu hỏi: kết quả đạt được, hạn chế, nguyên nhân, đề xuất kiến nghị);
 *   - target evaluation tables (bảng đánh giá chỉ tiêu: đạt / chưa đạt / không đánh giá được
 *     + lý do), each target citing its source document;
 * and validation rules over the elements' values (common/campaigns/expressions.ts).
 *
 * Value keys — the keys a report's values are stored, rolled up and referenced under — are
 * `code[.sex[.category]]`, sex always first (as in `staff.female.minority`):
 *   none          `code`
 *   sex           `code.total`, `code.female` (nữ), `code.male` (nam)
 *   sex_minority  the three above and `code.total.minority`, `code.female.minority`,
 *                 `code.male.minority` (of which ethnic minority, "trong đó DTTS")
 *   sex_group     the three above and `code.<sex>.<group>` for every group
 *                 (managers, teachers, staff, pupils, parents): `trained.female.teachers`
 * The total is a key of its own (`.total`), entered or prefilled like any other cell, so
 * "women ≤ total" is a rule that can fail; the "no" side of minority is never stored
 * (it is `code.female - code.female.minority`). A disaggregated element has no bare `code` key.
 *
 * Every code in a definition (sections, items, targets) is unique across the whole
 * definition, so an error, an answer or a rollup cell points at exactly one thing.
 */
import { z } from 'zod';
import { parseRuleExpression, referencesOf } from '../campaigns/expressions.ts';
import { ruleSeveritySchema, validationRulesSchema } from '../campaigns/contracts.ts';
import { instant, optionalTextInput, textInput } from './shared.ts';

export const VALUE_TYPES = ['integer', 'decimal', 'percent', 'money'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const DISAGGREGATIONS = ['none', 'sex', 'sex_minority', 'sex_group'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

/** Sex segment of a value key: total, nữ, nam. */
export const SEX_KEYS = ['total', 'female', 'male'] as const;
/** Groups of the sex × group disaggregation: CBQL, GV, NV, học sinh, cha mẹ học sinh. */
export const GROUP_KEYS = ['managers', 'teachers', 'staff', 'pupils', 'parents'] as const;
export const MINORITY_KEY = 'minority';

/** Target evaluation answers (đạt / chưa đạt / không đánh giá được); a report gives a reason with each. */
export const TARGET_ASSESSMENTS = ['achieved', 'not_achieved', 'not_assessable'] as const;
export type TargetAssessment = (typeof TARGET_ASSESSMENTS)[number];

export const TEMPLATE_VERSION_STATUSES = ['draft', 'published'] as const;
export type TemplateVersionStatus = (typeof TEMPLATE_VERSION_STATUSES)[number];

/** An ASCII identifier, usable as the first segment of a rule reference. */
const itemCode = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,59}$/, 'Mã chỉ gồm chữ không dấu, số và "_", bắt đầu bằng chữ (tối đa 60 ký tự)');

/** Source of a prefilled value, resolved later by the module that owns it ('roster.staffBySex'). */
const prefillSource = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/, 'Nguồn điền sẵn có dạng "module.tenNguon", ví dụ roster.staffBySex')
  .max(100, 'Tối đa 100 ký tự');

export const dataElementSchema = z.object({
  kind: z.literal('number'),
  code: itemCode,
  label: textInput(300),
  valueType: z.enum(VALUE_TYPES, { message: 'Kiểu giá trị phải là số nguyên, số thập phân, tỷ lệ % hoặc số tiền' }),
  /** Đơn vị tính: người, lượt, buổi, %, đồng… */
  unit: textInput(40),
  disaggregation: z.enum(DISAGGREGATIONS, { message: 'Phân tổ phải là: không, theo giới tính, giới tính × DTTS, hoặc giới tính × nhóm đối tượng' }),
  prefill: prefillSource.nullable().optional(),
});
export type DataElement = z.infer<typeof dataElementSchema>;

export const textQuestionSchema = z.object({
  kind: z.literal('text'),
  code: itemCode,
  label: textInput(300),
  hint: optionalTextInput(1000),
  required: z.boolean().default(false),
});
export type TextQuestion = z.infer<typeof textQuestionSchema>;

export const evaluationTargetSchema = z.object({
  code: itemCode,
  label: textInput(500),
  /** Căn cứ: the document the target comes from, e.g. "NQ 28/NQ-CP ngày 03/3/2021". */
  source: textInput(1000),
});
export type EvaluationTarget = z.infer<typeof evaluationTargetSchema>;

export const targetTableSchema = z.object({
  kind: z.literal('targets'),
  code: itemCode,
  label: textInput(300),
  targets: z.array(evaluationTargetSchema).min(1, 'Bảng đánh giá chỉ tiêu phải có ít nhất một chỉ tiêu'),
});
export type TargetTable = z.infer<typeof targetTableSchema>;

export const templateItemSchema = z.discriminatedUnion('kind', [dataElementSchema, textQuestionSchema, targetTableSchema], {
  message: 'Loại mục phải là "number" (số liệu), "text" (câu hỏi) hoặc "targets" (đánh giá chỉ tiêu)',
});
export type TemplateItem = z.infer<typeof templateItemSchema>;

export const templateSectionSchema = z.object({
  code: itemCode,
  title: textInput(300),
  order: z.number({ message: 'Thứ tự phải là một số' }).int('Thứ tự phải là số nguyên').min(0, 'Thứ tự không âm'),
  items: z.array(templateItemSchema).min(1, 'Phần này chưa có mục nào'),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

/** Every value key an element defines (see the header). */
export function valueKeysOf(element: Pick<DataElement, 'code' | 'disaggregation'>): string[] {
  if (element.disaggregation === 'none') return [element.code];
  const keys = SEX_KEYS.map((sex) => `${element.code}.${sex}`);
  if (element.disaggregation === 'sex_minority') keys.push(...SEX_KEYS.map((sex) => `${element.code}.${sex}.${MINORITY_KEY}`));
  if (element.disaggregation === 'sex_group') for (const sex of SEX_KEYS) keys.push(...GROUP_KEYS.map((group) => `${element.code}.${sex}.${group}`));
  return keys;
}

/** The data elements of a definition, in section order. */
export function dataElementsOf(definition: { sections: readonly { items: readonly TemplateItem[] }[] }): DataElement[] {
  return definition.sections.flatMap((s) => s.items.filter((i): i is DataElement => i.kind === 'number'));
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}/g;

/**
 * A template definition. Beyond each field's own shape: codes are unique across the whole
 * definition, and every rule references only value keys the definition has.
 */
export const templateDefinitionSchema = z
  .object({
    sections: z.array(templateSectionSchema).min(1, 'Mẫu báo cáo phải có ít nhất một phần'),
    rules: validationRulesSchema.default([]),
  })
  .superRefine((definition, ctx) => {
    const seen = new Map<string, string>();
    const claim = (code: string, path: (string | number)[]) => {
      const where = path.join('.');
      const first = seen.get(code);
      if (first) ctx.addIssue({ code: 'custom', path, message: `Mã "${code}" bị trùng (đã dùng tại ${first})` });
      else seen.set(code, where);
    };
    definition.sections.forEach((section, s) => {
      claim(section.code, ['sections', s, 'code']);
      section.items.forEach((item, i) => {
        claim(item.code, ['sections', s, 'items', i, 'code']);
        if (item.kind === 'targets') item.targets.forEach((target, t) => claim(target.code, ['sections', s, 'items', i, 'targets', t, 'code']));
      });
    });

    const keys = new Set(dataElementsOf(definition).flatMap(valueKeysOf));
    definition.rules.forEach((rule, r) => {
      const parsed = parseRuleExpression(rule.expression);
      if (!parsed.ok) return; // validationRuleSchema has reported it, with its position
      const unknown = referencesOf(parsed.expression).filter((ref) => !keys.has(ref));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['rules', r, 'expression'], message: `Quy tắc tham chiếu đến số liệu không có trong mẫu: ${unknown.join(', ')}` });
      }
      const unknownInMessage = [...rule.message.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((ref) => !keys.has(ref));
      if (unknownInMessage.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['rules', r, 'message'], message: `Thông báo tham chiếu đến số liệu không có trong mẫu: ${unknownInMessage.join(', ')}` });
      }
    });
  });
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;
export type TemplateDefinitionInput = z.input<typeof templateDefinitionSchema>;

/** A template's code: upper case, like BC-BDG-VSTBPN. */
export const templateCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, 'Mã mẫu chỉ gồm chữ không dấu, số, "-", "_", "." (tối đa 40 ký tự)'));

export const createTemplateBody = z.object({
  code: templateCode,
  name: textInput(300),
  description: optionalTextInput(2000),
  definition: templateDefinitionSchema,
});
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;

export const templateDefinitionBody = z.object({ definition: templateDefinitionSchema });

export const TEMPLATE_EXPORT_FORMAT = 'binhdang-report-template';
export const TEMPLATE_EXPORT_FORMAT_VERSION = 1;

/** The JSON file a template version is exported as, and the body an import accepts. */
export const templateExchange = z.object({
  format: z.literal(TEMPLATE_EXPORT_FORMAT, { message: `Tệp không phải mẫu báo cáo BinhDang (format phải là "${TEMPLATE_EXPORT_FORMAT}")` }),
  formatVersion: z.literal(TEMPLATE_EXPORT_FORMAT_VERSION, { message: `Phiên bản định dạng không được hỗ trợ (chỉ hỗ trợ ${TEMPLATE_EXPORT_FORMAT_VERSION})` }),
  code: templateCode,
  name: textInput(300),
  description: optionalTextInput(2000),
  /** The exported version's number, for the reader; an import always makes a new draft. */
  version: z.number().int().positive().optional(),
  definition: templateDefinitionSchema,
});
export type TemplateExchange = z.infer<typeof templateExchange>;

// Responses. A stored definition was validated on the way in; the response shape repeats it
// without the input transforms (NFC, upper case), which a response serialiser cannot encode.

const storedElement = z.object({
  kind: z.literal('number'),
  code: z.string(),
  label: z.string(),
  valueType: z.enum(VALUE_TYPES),
  unit: z.string(),
  disaggregation: z.enum(DISAGGREGATIONS),
  prefill: z.string().nullable().optional(),
});
const storedQuestion = z.object({ kind: z.literal('text'), code: z.string(), label: z.string(), hint: z.string().nullable().optional(), required: z.boolean() });
const storedTargets = z.object({
  kind: z.literal('targets'),
  code: z.string(),
  label: z.string(),
  targets: z.array(z.object({ code: z.string(), label: z.string(), source: z.string() })),
});
export const storedTemplateDefinition = z.object({
  sections: z.array(
    z.object({ code: z.string(), title: z.string(), order: z.number().int(), items: z.array(z.discriminatedUnion('kind', [storedElement, storedQuestion, storedTargets])) }),
  ),
  rules: z.array(z.object({ id: z.string(), expression: z.string(), severity: ruleSeveritySchema, message: z.string() })),
});

/** The exported file, as the export answers it (the import reads it with `templateExchange`). */
export const templateExport = z.object({
  format: z.literal(TEMPLATE_EXPORT_FORMAT),
  formatVersion: z.literal(TEMPLATE_EXPORT_FORMAT_VERSION),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  version: z.number().int(),
  definition: storedTemplateDefinition,
});
export type TemplateExport = z.infer<typeof templateExport>;

const versionRef = z.object({ id: z.number().int(), version: z.number().int(), status: z.enum(TEMPLATE_VERSION_STATUSES), publishedAt: instant.nullable() });

export const templateSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: instant,
  latestPublished: versionRef.nullable(),
  latestVersion: versionRef,
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const templateVersionSummary = versionRef.extend({ createdAt: instant, createdByName: z.string().nullable() });
export type TemplateVersionSummary = z.infer<typeof templateVersionSummary>;

export const templateDetail = templateSummary.omit({ latestPublished: true, latestVersion: true }).extend({
  createdByName: z.string().nullable(),
  versions: z.array(templateVersionSummary),
});
export type TemplateDetail = z.infer<typeof templateDetail>;

export const templateVersionDetail = templateVersionSummary.extend({
  templateId: z.number().int(),
  templateCode: z.string(),
  templateName: z.string(),
  definition: storedTemplateDefinition,
});
export type TemplateVersionDetail = z.infer<typeof templateVersionDetail>;

export const templateImportResult = z.object({
  templateId: z.number().int(),
  versionId: z.number().int(),
  version: z.number().int(),
  isNewTemplate: z.boolean(),
});
