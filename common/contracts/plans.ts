/**
 * Plans and official documents (issue 5): /api/plans…, /api/plan-requests…,
 * /api/legal-documents. The plan's body is the structured document of
 * common/plans/plan-document.ts; these schemas wrap it with its lifecycle.
 */
import { z } from 'zod';
import { planDocumentSchema, reportingDeadlineSchema } from '../plans/plan-document.ts';
import { calendarDate, dateInput, errorBody, instant, optionalTextInput, textInput } from './shared.ts';
import { unitRef } from './units.ts';

export const PLAN_STATUSES = ['draft', 'issued', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_SOURCES = ['editor', 'import', 'parent'] as const;

const year = z.coerce.number().int().min(1990).max(2100);

export const planSummary = z.object({
  id: z.number().int(),
  seriesId: z.number().int(),
  version: z.number().int(),
  unit: unitRef,
  kind: z.enum(['plan', 'letter']),
  status: z.enum(PLAN_STATUSES),
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  number: z.string().nullable(),
  issuedOn: calendarDate.nullable(),
  source: z.enum(PLAN_SOURCES),
  parentPlanId: z.number().int().nullable(),
  requestId: z.number().int().nullable(),
  linkUrl: z.string().nullable(),
  hasScan: z.boolean(),
  updatedAt: instant,
});
export type PlanSummary = z.infer<typeof planSummary>;

export const planDetail = planSummary.extend({
  content: planDocumentSchema,
  revision: z.number().int(),
  /** The parent unit's plan this one carries on from, to link to. */
  parentPlan: z.object({ id: z.number().int(), title: z.string(), number: z.string().nullable(), unit: unitRef }).nullable(),
  /** Every version of the same plan, newest first. */
  versions: z.array(z.object({ id: z.number().int(), version: z.number().int(), status: z.enum(PLAN_STATUSES), number: z.string().nullable(), issuedOn: calendarDate.nullable() })),
  issuedAt: instant.nullable(),
  issuedBy: z.string().nullable(),
  /** What the reader may do, decided by the policy: the web shows only those buttons. */
  can: z.object({ edit: z.boolean(), issue: z.boolean(), amend: z.boolean(), attach: z.boolean() }),
});
export type PlanDetail = z.infer<typeof planDetail>;

export const planListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** Only the plan's own unit (default) or its whole subtree. */
  scope: z.enum(['unit', 'subtree']).default('unit'),
  year: year.optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  q: z.string().max(200).optional(),
});
export const planList = z.object({ items: z.array(planSummary) });

/** A new draft: written from scratch, or reviewed from an import. */
export const createPlanBody = z.object({
  unitId: z.number().int().positive(),
  source: z.enum(['editor', 'import']).default('editor'),
  sourceFileName: optionalTextInput(255),
  content: planDocumentSchema,
});

/** A draft started from the parent unit's plan (the cascade). */
export const derivePlanBody = z.object({
  unitId: z.number().int().positive(),
  parentPlanId: z.number().int().positive(),
  requestId: z.number().int().positive().optional(),
});

export const updatePlanBody = z.object({ revision: z.number().int().min(0), content: planDocumentSchema });

/**
 * What a 409 PLAN_CONFLICT carries as `error.conflict`: the draft was saved by someone else
 * since the writer loaded it (a save or an issue sent with an older `revision`).
 */
export const planConflict = z.object({
  /** Full name of who saved it last; null when no one is recorded. */
  updatedBy: z.string().nullable(),
  updatedAt: instant,
  /** The revision stored now: sent back, it saves over the other copy ("Giữ bản của tôi"). */
  revision: z.number().int().min(0),
});
export type PlanConflict = z.infer<typeof planConflict>;

/** The 409 answer of the routes that check a revision: PLAN_CONFLICT with its `conflict`, or another 409 without. */
export const planConflictErrorBody = z.object({ error: errorBody.shape.error.extend({ conflict: planConflict.optional() }) });

export const issuePlanBody = z.object({
  /** The number; left out, the next free number of the unit's documents of that symbol this year. */
  serial: z.number().int().min(1).max(99_999).optional(),
  issuedOn: dateInput,
  revision: z.number().int().min(0),
});

export const planLinkBody = z.object({
  linkUrl: z
    .string()
    .trim()
    .max(2_000)
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), 'Đường link phải bắt đầu bằng http:// hoặc https://'),
});

/** What the importer read from a file or a paste, for the person to review before saving. */
export const planImportPreview = z.object({
  content: planDocumentSchema,
  warnings: z.array(z.object({ paragraph: z.number().int().nullable(), message: z.string() })),
  /** The name of the uploaded file the plan was read from, as the person's computer gave it; null for pasted text. Saved with the draft as its sourceFileName. */
  fileName: z.string().nullable(),
});
export type PlanImportPreview = z.infer<typeof planImportPreview>;

export const planImportTextBody = z.object({ text: z.string().min(1, 'Hãy dán nội dung kế hoạch').max(2_000_000, 'Văn bản quá dài (tối đa 2 triệu ký tự)') });

/** Turning one of the plan's reporting deadlines into a report campaign. */
export const planDeadlineCampaignBody = z.object({
  deadlineIndex: z.number().int().min(0),
  templateVersionId: z.number().int().positive(),
  respondentKindIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một loại đơn vị'),
  name: optionalTextInput(300),
});

export const legalDocument = z.object({
  id: z.number().int(),
  docType: z.string(),
  number: z.string().nullable(),
  issuedOn: calendarDate.nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  /** How many plans stored here cite it. */
  citedBy: z.number().int(),
});
export type LegalDocument = z.infer<typeof legalDocument>;
export const legalDocumentQuery = z.object({ q: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(30) });
export const legalDocumentList = z.object({ items: z.array(legalDocument), total: z.number().int() });

export const createPlanRequestBody = z.object({
  issuerUnitId: z.number().int().positive(),
  title: textInput(300),
  fromYear: z.number().int().min(1990).max(2100),
  toYear: z.number().int().min(1990).max(2100),
  deadline: dateInput,
  instructions: optionalTextInput(4_000),
  respondentKindIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một loại đơn vị'),
  sourcePlanId: z.number().int().positive().nullable().optional(),
});

export const PLAN_REQUEST_STATES = ['none', 'draft', 'issued'] as const;

export const planRequestSummary = z.object({
  id: z.number().int(),
  issuer: unitRef,
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  deadline: calendarDate,
  instructions: z.string().nullable(),
  sourcePlan: z.object({ id: z.number().int(), title: z.string(), number: z.string().nullable() }).nullable(),
  unitsAsked: z.number().int(),
  unitsIssued: z.number().int(),
  createdAt: instant,
});
export type PlanRequestSummary = z.infer<typeof planRequestSummary>;

export const planRequestUnit = z.object({
  unit: unitRef,
  state: z.enum(PLAN_REQUEST_STATES),
  plan: z.object({ id: z.number().int(), title: z.string(), number: z.string().nullable(), issuedOn: calendarDate.nullable(), linkUrl: z.string().nullable(), hasScan: z.boolean() }).nullable(),
  /** Issued after the deadline (or not yet, and the deadline has passed). */
  late: z.boolean(),
});
export const planRequestDetail = planRequestSummary.extend({ units: z.array(planRequestUnit) });
export const planRequestList = z.object({
  /** Requests this unit sent. */
  sent: z.array(planRequestSummary),
  /** Requests addressed to this unit, with this unit's own answer. */
  received: z.array(planRequestSummary.extend({ myState: z.enum(PLAN_REQUEST_STATES), myPlanId: z.number().int().nullable() })),
});

export { reportingDeadlineSchema };
