/**
 * Report campaigns (đợt báo cáo) and the reports units answer them with: the API contract
 * shared by the server (validation, OpenAPI) and the web (types, forms).
 *
 * A campaign is issued by a unit to the units of chosen kinds in its subtree; it pins one
 * published template version. Each expected report (báo cáo của một đơn vị) has a lifecycle
 * state (none → draft → submitted → returned / approved) and a status read against the
 * calendar (common/campaigns/deadlines.ts). Every write to a report carries the version the
 * writer last saw, so two officers never overwrite each other silently.
 */
import { z } from 'zod';
import { campaignDate, campaignScheduleFields, checkScheduleOrder, reportPeriodSchema, rollupBasisSchema, ruleResponsesSchema, ruleSeveritySchema } from '../campaigns/contracts.ts';
import { REPORT_STATUSES, SUBMISSION_STATES } from '../campaigns/deadlines.ts';
import { ROLLUP_BASES } from '../campaigns/rollup.ts';
import { PERIOD_KINDS } from '../campaigns/periods.ts';
import { instant, optionalTextInput, textInput } from './shared.ts';
import { storedTemplateDefinition, TARGET_ASSESSMENTS } from './templates.ts';
import { unitRef } from './units.ts';

// ---------------------------------------------------------------------------------------
// Inputs

export const createCampaignBody = z
  .object({
    name: textInput(300),
    /** The issuing unit; the actor's own unit when left out. */
    issuerUnitId: z.number().int().positive().optional(),
    templateVersionId: z.number().int().positive(),
    period: reportPeriodSchema,
    rollupBasis: rollupBasisSchema.default('submitted'),
    /** Kinds of unit that must answer (trường MN, TH, THCS, UBND xã…). */
    respondentKindIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một loại đơn vị phải báo cáo'),
    instructions: optionalTextInput(5000),
    ...campaignScheduleFields,
  })
  .superRefine(checkScheduleOrder);
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;
export type CreateCampaignInput = z.input<typeof createCampaignBody>;

export const exemptBody = z.object({ unitId: z.number().int().positive(), reason: textInput(500) });
export const extendBody = z.object({ unitId: z.number().int().positive(), deadline: campaignDate, reason: textInput(500) });

/** A number, or null for a blank cell. Text and other types are refused with the field's key. */
const reportValue = z.number({ message: 'Giá trị phải là một số' }).nullable();
export const reportValuesInput = z.record(z.string().max(200), reportValue);

const targetAnswerInput = z.object({
  assessment: z.enum(TARGET_ASSESSMENTS, { message: 'Đánh giá phải là: đạt, chưa đạt hoặc không đánh giá được' }).nullable(),
  reason: z.string().max(2000, 'Tối đa 2000 ký tự').default(''),
});
export const reportAnswersInput = z.object({
  texts: z.record(z.string().max(60), z.string().max(20000, 'Tối đa 20.000 ký tự')).default({}),
  targets: z.record(z.string().max(60), targetAnswerInput).default({}),
});

/** Saving a draft: the whole content, and the version it was edited from. */
export const saveReportBody = z.object({
  version: z.number().int().min(0),
  values: reportValuesInput,
  answers: reportAnswersInput.default({ texts: {}, targets: {} }),
  responses: ruleResponsesSchema.default({ explanations: {}, confirmations: [] }),
});
export type SaveReportBody = z.infer<typeof saveReportBody>;
export type SaveReportInput = z.input<typeof saveReportBody>;

export const submitReportBody = z.object({
  version: z.number().int().min(0),
  /** Lý do nộp muộn: required when the first submission comes after the deadline. */
  lateReason: optionalTextInput(1000),
});
export const reviewReportBody = z.object({ version: z.number().int().min(0), comment: optionalTextInput(2000) });
export const returnReportBody = z.object({ version: z.number().int().min(0), comment: textInput(2000) });

/** The data API's write: a unit's whole content, idempotent; `submit` submits it in the same call. */
export const dataValuesBody = z.object({
  values: reportValuesInput,
  answers: reportAnswersInput.optional(),
  responses: ruleResponsesSchema.optional(),
  submit: z.boolean().default(false),
  lateReason: optionalTextInput(1000),
});
export type DataValuesBody = z.infer<typeof dataValuesBody>;

export const campaignUnitParams = z.object({ id: z.coerce.number().int().positive(), unitCode: z.string().min(1).max(60) });
export const boardQuery = z.object({ unitId: z.coerce.number().int().positive().optional() });

// ---------------------------------------------------------------------------------------
// Responses

export const reportStatusSchema = z.enum(REPORT_STATUSES);
export const submissionStateSchema = z.enum(SUBMISSION_STATES);

const periodOut = z.union([
  z.object({ kind: z.literal('half-year'), year: z.number().int(), half: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('school-year'), startYear: z.number().int() }),
  z.object({ kind: z.literal('custom'), from: z.string(), to: z.string() }),
]);

/** How many reports of a subtree are where: the completeness and timeliness figures. */
export const completeness = z.object({
  expected: z.number().int(),
  /** Submitted at least once (on time or late), approved included. */
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  /** Not submitted, deadline not passed. */
  pending: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  exempt: z.number().int(),
  /** Percent of expected (exempt units are not expected), null when nothing is expected. */
  submittedPercent: z.number().nullable(),
  onTimePercent: z.number().nullable(),
});
export type Completeness = z.infer<typeof completeness>;

export const campaignSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  issuer: unitRef,
  periodKind: z.enum(PERIOD_KINDS),
  period: periodOut,
  /** "6 tháng đầu năm 2025" */
  periodLabel: z.string(),
  asOf: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  locksOn: z.string().nullable(),
  rollupBasis: z.enum(ROLLUP_BASES),
  templateVersionId: z.number().int(),
  templateName: z.string(),
  templateVersion: z.number().int(),
  createdAt: instant,
  /** Within what the viewer sees (their subtree, or the whole campaign for the issuer and above). */
  completeness,
  /** The viewer's own unit's report in this campaign, when it is asked for one. */
  ownReportId: z.number().int().nullable(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const unitKindRef = z.object({ id: z.number().int(), name: z.string() });

export const campaignDetail = campaignSummary.extend({
  instructions: z.string().nullable(),
  respondentKinds: z.array(unitKindRef),
  createdByName: z.string().nullable(),
  /** The viewer may exempt, extend, reopen (they are at the issuer or above it). */
  canManage: z.boolean(),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const myReport = z.object({
  reportId: z.number().int(),
  campaignId: z.number().int(),
  campaignName: z.string(),
  issuer: unitRef,
  periodLabel: z.string(),
  unit: unitRef,
  status: reportStatusSchema,
  /** The deadline that applies to this unit (its extension if it has one). */
  deadline: z.string(),
  daysLeft: z.number().int(),
  opensOn: z.string(),
  submittedAt: instant.nullable(),
  reviewComment: z.string().nullable(),
});
export type MyReport = z.infer<typeof myReport>;

export const rollupCell = z.object({ sum: z.number(), reportingUnits: z.number().int() });
/** Value key → the subtree's sum and how many units gave it. */
export const rollupTotals = z.record(z.string(), rollupCell);
export type RollupTotals = z.infer<typeof rollupTotals>;

export const ruleViolationOut = z.object({ ruleId: z.string(), severity: ruleSeveritySchema, message: z.string() });

const targetAnswerOut = z.object({ assessment: z.enum(TARGET_ASSESSMENTS).nullable(), reason: z.string() });
export const reportAnswersOut = z.object({ texts: z.record(z.string(), z.string()), targets: z.record(z.string(), targetAnswerOut) });
export const ruleResponsesOut = z.object({ explanations: z.record(z.string(), z.string()), confirmations: z.array(z.string()) });

export const reportSnapshotSummary = z.object({
  seq: z.number().int(),
  submittedAt: instant,
  submittedByName: z.string().nullable(),
  isLate: z.boolean(),
});

export const reportDetail = z.object({
  id: z.number().int(),
  campaign: campaignSummary.pick({ id: true, name: true, issuer: true, periodLabel: true, asOf: true, opensOn: true, deadline: true, locksOn: true, rollupBasis: true }),
  unit: unitRef.extend({ kindName: z.string() }),
  /** The unit that reviews this report: the closest ancestor that has a report in the campaign, or the issuer. */
  reviewer: unitRef,
  state: submissionStateSchema,
  status: reportStatusSchema,
  /** Optimistic concurrency: send it back with every write. */
  version: z.number().int(),
  deadline: z.string(),
  extendedDeadline: z.string().nullable(),
  extensionReason: z.string().nullable(),
  exemptionReason: z.string().nullable(),
  firstSubmittedAt: instant.nullable(),
  submittedAt: instant.nullable(),
  lateReason: z.string().nullable(),
  isReopened: z.boolean(),
  reviewComment: z.string().nullable(),
  reviewedAt: instant.nullable(),
  reviewedByName: z.string().nullable(),
  updatedAt: instant,
  updatedByName: z.string().nullable(),
  definition: storedTemplateDefinition,
  values: z.record(z.string(), z.number()),
  answers: reportAnswersOut,
  responses: ruleResponsesOut,
  /** For a report not yet started: values from the sources the elements name (previous period, roster…). */
  prefill: z.object({ values: z.record(z.string(), z.number()), sources: z.array(z.object({ key: z.string(), source: z.string(), label: z.string() })) }).nullable(),
  /** The subtree's rollup (this unit included) when the unit has units below it in the campaign. */
  subtreeRollup: rollupTotals.nullable(),
  snapshots: z.array(reportSnapshotSummary),
  canEdit: z.boolean(),
  /** Why editing is blocked, in Vietnamese, when it is. */
  editBlockedReason: z.string().nullable(),
  canReview: z.boolean(),
  canManage: z.boolean(),
});
export type ReportDetail = z.infer<typeof reportDetail>;

/** What the second writer gets instead of overwriting: who saved, when, and where their content differs from yours. */
export const reportConflictDetails = z.object({
  currentVersion: z.number().int(),
  updatedAt: instant,
  updatedByName: z.string().nullable(),
  changedValueKeys: z.array(z.string()),
  changedAnswerFields: z.array(z.string()),
  currentValues: z.record(z.string(), z.number()),
  currentState: submissionStateSchema,
});

export const boardChild = z.object({
  unit: unitRef.extend({ kindName: z.string(), childCount: z.number().int() }),
  /** The child's own report, when the campaign asks it for one. */
  report: z
    .object({ id: z.number().int(), status: reportStatusSchema, deadline: z.string(), submittedAt: instant.nullable(), lateReason: z.string().nullable(), exemptionReason: z.string().nullable() })
    .nullable(),
  /** Its whole subtree, the child included. */
  completeness,
});
export type BoardChild = z.infer<typeof boardChild>;

export const statusBoard = z.object({
  campaignId: z.number().int(),
  unit: unitRef,
  /** From the viewer's top down to this unit, for the breadcrumb. */
  path: z.array(unitRef),
  completeness,
  ownReport: boardChild.shape.report,
  children: z.array(boardChild),
});
export type StatusBoard = z.infer<typeof statusBoard>;

export const unitRollup = z.object({
  campaignId: z.number().int(),
  unit: unitRef,
  rollupBasis: z.enum(ROLLUP_BASES),
  totals: rollupTotals,
  definition: storedTemplateDefinition,
  completeness,
});
export type UnitRollup = z.infer<typeof unitRollup>;

/** Children × campaigns, coloured by status (bảng theo dõi tình hình báo cáo). */
export const reportMatrix = z.object({
  unit: unitRef,
  campaigns: z.array(z.object({ id: z.number().int(), name: z.string(), periodLabel: z.string(), deadline: z.string() })),
  rows: z.array(
    z.object({
      unit: unitRef,
      cells: z.array(z.object({ campaignId: z.number().int(), status: reportStatusSchema.nullable(), reportId: z.number().int().nullable(), completeness })),
    }),
  ),
});
export type ReportMatrix = z.infer<typeof reportMatrix>;

export const dataUnitValues = z.object({
  campaignId: z.number().int(),
  unit: unitRef,
  state: submissionStateSchema,
  status: reportStatusSchema,
  version: z.number().int(),
  values: z.record(z.string(), z.number()),
  answers: reportAnswersOut,
  /** The unit's subtree rollup (itself included), on the campaign's basis. */
  rollup: rollupTotals,
});
export type DataUnitValues = z.infer<typeof dataUnitValues>;

export const violationsOut = z.array(ruleViolationOut);
