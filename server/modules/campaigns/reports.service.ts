/**
 * A unit's report in a campaign: read it, save drafts, submit, and — from above — approve,
 * return or reopen it. Every write runs in one transaction that locks the report, checks
 * the policy, the calendar (deadlines.ts), the version the writer saw and the content
 * (report-content.ts), writes the report, its snapshot and its audit entry, and adjusts the
 * live rollups last (rollups.service.ts). A rejected write changes nothing.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit, recordAudits, type AuditRecord } from '../../lib/audit.ts';
import { authorize, can, type Actor } from '../../lib/policy.ts';
import { checkEditable, checkSubmission, compareByUrgency, daysLeft, effectiveDeadline } from '../../../common/campaigns/deadlines.ts';
import { describePeriod } from '../../../common/campaigns/periods.ts';
import {
  assessReport,
  canonicalValues,
  changedValueKeys,
  stableJson,
  validateAnswers,
  validateValues,
  type ReportAnswers,
} from '../../../common/campaigns/report-content.ts';
import type { RuleResponses } from '../../../common/campaigns/rules.ts';
import type { DataUnitValues, DataValuesBody, MyReport, ReportDetail, SaveReportBody } from '../../../common/contracts/campaigns.ts';
import type { ErrorDetail } from '../../../common/errors.ts';
import * as repo from './campaigns.repo.ts';
import { campaignNotFound } from './campaigns.service.ts';
import { definitionOf } from './definitions.ts';
import { computePrefill } from './prefill.ts';
import { applyReportChange, readRollup } from './rollups.service.ts';
import { factsOf, statusOfRow } from './report-facts.ts';

const reportNotFound = () => notFound('Không tìm thấy báo cáo');

export interface ReportContent {
  values: Record<string, number | null>;
  answers: ReportAnswers;
  responses: RuleResponses;
}

// ---------------------------------------------------------------------------------------
// Loading

interface Loaded {
  report: repo.ReportRow;
  campaign: repo.CampaignRow;
}

/** A report in the actor's subtree, with its campaign; `forWrite` locks it. Outside the subtree it does not exist. */
async function loadReport(tx: Tx, actor: Actor, id: number, forWrite = false): Promise<Loaded> {
  const report = await repo.findReport(tx, id, forWrite);
  if (!report || !can(actor, 'report:read', { path: report.unitPath })) throw reportNotFound();
  const campaign = await repo.findCampaign(tx, report.campaignId);
  if (!campaign) throw campaignNotFound();
  return { report, campaign };
}

async function loadReportOfUnit(tx: Tx, actor: Actor, campaignId: number, unitCode: string, forWrite = false): Promise<Loaded> {
  const unit = await repo.findUnitByCode(tx, unitCode);
  const report = unit ? await repo.findReportByUnit(tx, campaignId, unit.id, forWrite) : undefined;
  if (!report || !can(actor, 'report:read', { path: report.unitPath })) throw notFound(`Không tìm thấy báo cáo của đơn vị ${unitCode} trong đợt báo cáo này`);
  const campaign = await repo.findCampaign(tx, campaignId);
  if (!campaign) throw campaignNotFound();
  return { report, campaign };
}


// ---------------------------------------------------------------------------------------
// Reading

/** "Báo cáo của tôi": every report the actor's unit is asked for, most urgent first. */
export async function listMyReports(database: Database, actor: Actor): Promise<MyReport[]> {
  authorize(actor, 'report:read', { path: actor.unitPath });
  const now = new Date();
  const list = (await repo.listReportsOfUnit(database.db, actor.unitId)).map((row): MyReport => {
    const deadline = row.extendedDeadline ?? row.deadline;
    return {
      reportId: row.reportId,
      campaignId: row.campaignId,
      campaignName: row.campaignName,
      issuer: { id: row.issuerId, code: row.issuerCode, name: row.issuerName },
      periodLabel: describePeriod(row.period),
      unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
      status: statusOfRow(row, row, now),
      deadline,
      daysLeft: daysLeft(deadline, now),
      opensOn: row.opensOn,
      submittedAt: row.submittedAt,
      reviewComment: row.reviewComment,
    };
  });
  return list.sort((a, b) => compareByUrgency({ status: a.status, deadline: a.deadline, name: a.campaignName }, { status: b.status, deadline: b.deadline, name: b.campaignName }));
}

export async function getReport(database: Database, actor: Actor, id: number): Promise<ReportDetail> {
  const { db } = database;
  const { report, campaign } = await loadReport(db, actor, id);
  return toDetail(database, db, actor, report, campaign);
}

async function toDetail(database: Database, tx: Tx, actor: Actor, report: repo.ReportRow, campaign: repo.CampaignRow): Promise<ReportDetail> {
  const now = new Date();
  const facts = factsOf(report, campaign);
  const definition = await definitionOf(database, campaign.templateVersionId, tx);
  const [snapshots, reviewer, hasBelow] = await Promise.all([
    repo.listSnapshots(tx, report.id),
    repo.findClosestReportingAncestor(tx, campaign.id, report.unitPath, campaign.issuerPath),
    repo.hasReportsBelow(tx, campaign.id, report.unitPath),
  ]);
  const isFresh = report.state === 'none' && Object.keys(report.values).length === 0;
  const prefill = isFresh ? await computePrefill(tx, campaign, definition, { unitId: report.unitId, asOf: campaign.asOf }) : null;
  const editable = checkEditable(facts, now);
  // The form is the unit's own: units above may write on its behalf (data API, .xlsx upload),
  // but their screen is the review, so a reviewer never edits a school's figures by accident.
  const canFill = can(actor, 'report:fill', { path: report.unitPath }) && actor.unitId === report.unitId;
  return {
    id: report.id,
    campaign: {
      id: campaign.id,
      name: campaign.name,
      issuer: { id: campaign.issuerUnitId, code: campaign.issuerCode, name: campaign.issuerName },
      periodLabel: describePeriod(campaign.period),
      asOf: campaign.asOf,
      opensOn: campaign.opensOn,
      deadline: campaign.deadline,
      locksOn: campaign.locksOn,
      rollupBasis: campaign.rollupBasis,
    },
    unit: { id: report.unitId, code: report.unitCode, name: report.unitName, kindName: report.kindName },
    reviewer: reviewer ?? { id: campaign.issuerUnitId, code: campaign.issuerCode, name: campaign.issuerName },
    state: report.state,
    status: statusOfRow(report, campaign, now),
    version: report.version,
    deadline: effectiveDeadline(facts),
    extendedDeadline: report.extendedDeadline,
    extensionReason: report.extensionReason,
    exemptionReason: report.exemptionReason,
    firstSubmittedAt: report.firstSubmittedAt,
    submittedAt: report.submittedAt,
    lateReason: report.lateReason,
    isReopened: report.isReopened,
    reviewComment: report.reviewComment,
    reviewedAt: report.reviewedAt,
    reviewedByName: report.reviewedByName,
    updatedAt: report.updatedAt,
    updatedByName: report.updatedByName,
    definition,
    values: report.values,
    answers: { texts: report.answers.texts ?? {}, targets: (report.answers.targets ?? {}) as ReportDetail['answers']['targets'] },
    responses: { explanations: report.responses.explanations ?? {}, confirmations: report.responses.confirmations ?? [] },
    prefill: prefill && Object.keys(prefill.values).length > 0 ? prefill : null,
    subtreeRollup: hasBelow ? await readRollup(tx, campaign.id, report.unitId) : null,
    snapshots,
    canEdit: canFill && editable.canEdit,
    editBlockedReason: !canFill ? (actor.unitId === report.unitId ? 'Vai trò hiện tại không được nhập báo cáo này' : 'Báo cáo của đơn vị cấp dưới: chỉ đơn vị đó nhập số liệu') : editable.canEdit ? null : editable.message,
    canReview: can(actor, 'report:review', { path: report.unitPath }) && report.state === 'submitted',
    canManage: can(actor, 'campaign:manage', { path: campaign.issuerPath }) || can(actor, 'report:review', { path: report.unitPath }),
  };
}

// ---------------------------------------------------------------------------------------
// Writing

function assertVersion(report: repo.ReportRow, version: number, mine: ReportContent | null) {
  if (report.version === version) return;
  const changedAnswerFields = mine
    ? [
        ...new Set([...Object.keys(mine.answers.texts), ...Object.keys(report.answers.texts ?? {})].filter((code) => (mine.answers.texts[code] ?? '') !== (report.answers.texts?.[code] ?? '')).map((code) => `texts.${code}`)),
        ...[...new Set([...Object.keys(mine.answers.targets), ...Object.keys(report.answers.targets ?? {})])]
          .filter((code) => JSON.stringify(mine.answers.targets[code] ?? null) !== JSON.stringify(report.answers.targets?.[code] ?? null))
          .map((code) => `targets.${code}`),
      ]
    : [];
  const who = report.updatedByName ?? 'Người khác';
  throw new AppError(
    'REPORT_CONFLICT',
    `${who} đã lưu báo cáo này sau khi bạn mở (phiên bản ${report.version}). Nội dung của bạn chưa được lưu: xem các ô khác nhau rồi chọn giữ bản nào.`,
    undefined,
    {
      currentVersion: report.version,
      updatedAt: report.updatedAt,
      updatedByName: report.updatedByName,
      changedValueKeys: mine ? changedValueKeys(mine.values, report.values) : [],
      changedAnswerFields,
      currentValues: report.values,
      currentState: report.state,
    },
  );
}

function assertEditable(report: repo.ReportRow, campaign: repo.CampaignRow, now: Date) {
  const editable = checkEditable(factsOf(report, campaign), now);
  if (!editable.canEdit) throw new AppError('REPORT_NOT_EDITABLE', editable.message);
}

function toErrorDetails(problems: { field: string; message: string }[]): ErrorDetail[] {
  return problems.map((p) => ({ field: p.field, message: p.message }));
}

/** Checks and normalises content: any problem refuses the whole write, each with its field. */
function cleanContent(definition: Awaited<ReturnType<typeof definitionOf>>, content: ReportContent): ReportContent {
  const valueProblems = validateValues(definition, content.values);
  const { answers, problems } = validateAnswers(definition, content.answers);
  const all = [...valueProblems, ...problems];
  if (all.length > 0) throw new AppError('VALIDATION', `Báo cáo có ${all.length} ô chưa hợp lệ: ${all[0]!.message}`, toErrorDetails(all));
  return { values: canonicalValues(definition, content.values), answers, responses: { explanations: content.responses.explanations ?? {}, confirmations: [...new Set(content.responses.confirmations ?? [])] } };
}

const sameJson = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

/**
 * A write being assembled: the report as it will be, the columns that change, and what is
 * recorded with it. Each step (content, submission) checks itself against what the steps
 * before it staged; `commitWrite` then writes the report once, its snapshot and audit
 * entries, and the rollup delta from the report as loaded to the report as written — so a
 * save-and-submit through the data API costs one update and one rollup statement, not two.
 */
interface StagedWrite {
  loaded: Loaded;
  after: repo.ReportRow;
  update: repo.ReportUpdate;
  audits: AuditRecord[];
  snapshot: Parameters<typeof repo.insertSnapshot>[1] | null;
}

const stageWrite = (loaded: Loaded): StagedWrite => ({ loaded, after: loaded.report, update: {}, audits: [], snapshot: null });

async function commitWrite(tx: Tx, actor: Actor, write: StagedWrite): Promise<repo.ReportRow> {
  const { report, campaign } = write.loaded;
  if (Object.keys(write.update).length === 0) return report;
  const version = await repo.updateReport(tx, report.id, report.version, actor.userId, write.update);
  if (version === null) throw new Error('a locked report changed under its lock');
  if (write.snapshot) await repo.insertSnapshot(tx, write.snapshot);
  await recordAudits(tx, actor, write.audits);
  const written: repo.ReportRow = { ...write.after, version };
  await applyReportChange(tx, campaign, repo.unitOfReport(report), report, written);
  return written;
}

/**
 * Stages a report's content as a draft (or keeps a returned report returned). `version` null
 * means "whatever is there" (the data API, which is last-writer-wins and idempotent). An
 * identical content stages nothing.
 */
async function stageContent(database: Database, tx: Tx, actor: Actor, write: StagedWrite, content: ReportContent, version: number | null, now: Date): Promise<void> {
  const { campaign } = write.loaded;
  const report = write.after;
  authorize(actor, 'report:fill', { path: report.unitPath }, 'Vai trò hiện tại không được nhập báo cáo này');
  const definition = await definitionOf(database, campaign.templateVersionId, tx);
  const clean = cleanContent(definition, content);
  const unchanged = sameJson(clean.values, report.values) && sameJson(clean.answers, report.answers) && sameJson(clean.responses, report.responses);
  if (unchanged && report.state !== 'none') return;
  if (version !== null) assertVersion(report, version, clean);
  assertEditable(report, campaign, now);
  const state = report.state === 'none' ? 'draft' : report.state;
  const changed = changedValueKeys(report.values, clean.values);
  Object.assign(write.update, { state, values: clean.values, answers: clean.answers, responses: clean.responses });
  write.audits.push({
    action: 'report.save',
    entityType: 'campaign_report',
    entityId: report.id,
    unitId: report.unitId,
    before: { state: report.state, values: Object.fromEntries(changed.map((k) => [k, report.values[k] ?? null])) },
    after: { state, values: Object.fromEntries(changed.map((k) => [k, clean.values[k] ?? null])), answersChanged: !sameJson(clean.answers, report.answers) },
  });
  write.after = { ...report, state, values: clean.values as Record<string, number>, answers: clean.answers as repo.ReportRow['answers'], responses: clean.responses as repo.ReportRow['responses'] };
}

/** Saves content inside the caller's transaction; answers the report as written. */
export async function saveContentInTx(database: Database, tx: Tx, actor: Actor, loaded: Loaded, content: ReportContent, version: number | null, now: Date): Promise<repo.ReportRow> {
  const write = stageWrite(loaded);
  await stageContent(database, tx, actor, write, content, version, now);
  return commitWrite(tx, actor, write);
}

export async function saveReport(database: Database, actor: Actor, id: number, body: SaveReportBody): Promise<ReportDetail> {
  await database.db.transaction(async (tx) => {
    const loaded = await loadReport(tx, actor, id, true);
    await saveContentInTx(database, tx, actor, loaded, { values: body.values, answers: body.answers, responses: body.responses }, body.version, new Date());
  });
  return getReport(database, actor, id);
}

/**
 * Stages a submission (nộp) of the report as staged so far. Submitting a report that is
 * already submitted or approved stages nothing: a retried request never makes a second
 * submission.
 */
async function stageSubmission(database: Database, tx: Tx, actor: Actor, write: StagedWrite, version: number | null, lateReason: string | null | undefined, now: Date): Promise<void> {
  const { campaign } = write.loaded;
  const report = write.after;
  authorize(actor, 'report:fill', { path: report.unitPath }, 'Vai trò hiện tại không được nộp báo cáo này');
  if (report.state === 'submitted' || report.state === 'approved') return;
  if (version !== null) assertVersion(report, version, null);
  const check = checkSubmission(factsOf(report, campaign), now, lateReason);
  if (!check.canSubmit) {
    if (check.reason === 'late-reason-required') throw new AppError('REPORT_NOT_READY', check.message, [{ field: 'lateReason', message: check.message }]);
    throw new AppError('REPORT_NOT_EDITABLE', check.message);
  }
  const definition = await definitionOf(database, campaign.templateVersionId, tx);
  const assessment = assessReport(definition, report.values, { texts: report.answers.texts ?? {}, targets: (report.answers.targets ?? {}) as ReportAnswers['targets'] }, report.responses);
  if (!assessment.canSubmit) {
    const { readiness } = assessment;
    const problems: ErrorDetail[] = [
      ...toErrorDetails(assessment.valueProblems),
      ...readiness.errorsToFix.map((v) => ({ field: `rules.${v.ruleId}`, message: `Lỗi cần sửa: ${v.message}` })),
      ...readiness.warningsToExplain.map((v) => ({ field: `rules.${v.ruleId}`, message: `Cảnh báo cần giải trình: ${v.message}` })),
      ...readiness.noticesToConfirm.map((v) => ({ field: `rules.${v.ruleId}`, message: `Lưu ý cần xác nhận: ${v.message}` })),
      ...toErrorDetails(assessment.missing),
    ];
    throw new AppError('REPORT_NOT_READY', `Báo cáo chưa nộp được: còn ${problems.length} điểm cần hoàn thiện`, problems);
  }
  const isFirst = report.firstSubmittedAt === null;
  // Stored as the instant checkSubmission judged lateness by, so the record and the judgement agree.
  const at = now.toISOString();
  const storedLateReason = isFirst ? (check.isLate ? (lateReason ?? null) : null) : report.lateReason;
  Object.assign(write.update, {
    state: 'submitted',
    firstSubmittedAt: isFirst ? sql`${at}::timestamptz` : sql`first_submitted_at`,
    submittedAt: sql`${at}::timestamptz`,
    submittedBy: actor.userId,
    ...(isFirst ? { lateReason: storedLateReason } : {}),
    isReopened: false,
  });
  write.snapshot = {
    reportId: report.id,
    values: report.values,
    answers: report.answers,
    responses: report.responses,
    isLate: check.isLate,
    lateReason: isFirst ? (lateReason ?? null) : report.lateReason,
    submittedBy: actor.userId,
  };
  write.audits.push({
    action: 'report.submit',
    entityType: 'campaign_report',
    entityId: report.id,
    unitId: report.unitId,
    before: { state: report.state },
    after: { state: 'submitted', isLate: check.isLate, lateReason: isFirst ? (lateReason ?? null) : report.lateReason, values: Object.keys(report.values).length },
  });
  write.after = { ...report, state: 'submitted', firstSubmittedAt: report.firstSubmittedAt ?? at, submittedAt: at, lateReason: storedLateReason, isReopened: false };
}

export async function submitReport(database: Database, actor: Actor, id: number, body: { version: number; lateReason?: string | null | undefined }): Promise<ReportDetail> {
  await database.db.transaction(async (tx) => {
    const write = stageWrite(await loadReport(tx, actor, id, true));
    await stageSubmission(database, tx, actor, write, body.version, body.lateReason, new Date());
    await commitWrite(tx, actor, write);
  });
  return getReport(database, actor, id);
}

type Review = 'approve' | 'return' | 'reopen';

const REVIEW_AUDIT: Record<Review, string> = { approve: 'report.approve', return: 'report.return', reopen: 'report.reopen' };

/** Approve (duyệt, which locks), return (trả lại, with a comment) or reopen (mở lại) a report, from above. */
async function reviewReportInTx(tx: Tx, actor: Actor, id: number, review: Review, body: { version: number; comment?: string | null | undefined }): Promise<void> {
  const { report, campaign } = await loadReport(tx, actor, id, true);
  const target = { path: report.unitPath };
  if (review === 'reopen') {
    if (!can(actor, 'report:review', target) && !can(actor, 'campaign:manage', { path: campaign.issuerPath })) throw new AppError('FORBIDDEN', 'Chỉ cấp trên hoặc đơn vị ban hành mới được mở lại báo cáo');
  } else {
    authorize(actor, 'report:review', target, 'Chỉ trưởng ban của đơn vị cấp trên mới được duyệt hoặc trả lại báo cáo');
  }
  assertVersion(report, body.version, null);
  if (report.exemptionReason) throw new AppError('REPORT_NOT_EDITABLE', 'Đơn vị được miễn nộp báo cáo này');
  let state: repo.ReportRow['state'];
  if (review === 'reopen') {
    state = report.state === 'submitted' || report.state === 'approved' ? 'returned' : report.state;
  } else {
    if (report.state !== 'submitted') {
      throw new AppError('REPORT_NOT_EDITABLE', report.state === 'approved' ? 'Báo cáo đã được duyệt' : 'Chỉ duyệt hoặc trả lại được báo cáo đã nộp');
    }
    state = review === 'approve' ? 'approved' : 'returned';
  }
  const comment = body.comment ?? (review === 'reopen' ? 'Mở lại để đơn vị chỉnh sửa' : null);
  await repo.updateReport(tx, report.id, report.version, actor.userId, {
    state,
    reviewComment: comment,
    reviewedAt: sql`now()`,
    reviewedBy: actor.userId,
    ...(review === 'reopen' ? { isReopened: true } : {}),
  });
  await recordAudit(tx, actor, { action: REVIEW_AUDIT[review], entityType: 'campaign_report', entityId: report.id, unitId: report.unitId, before: { state: report.state }, after: { state, comment } });
  await applyReportChange(tx, campaign, repo.unitOfReport(report), report, { ...report, state, isReopened: review === 'reopen' || report.isReopened });
}

async function reviewReport(database: Database, actor: Actor, id: number, review: Review, body: { version: number; comment?: string | null | undefined }): Promise<ReportDetail> {
  await database.db.transaction((tx) => reviewReportInTx(tx, actor, id, review, body));
  return getReport(database, actor, id);
}

type ReviewBody = { version: number; comment?: string | null | undefined };

export const approveReport = (database: Database, actor: Actor, id: number, body: ReviewBody) => reviewReport(database, actor, id, 'approve', body);
export const returnReport = (database: Database, actor: Actor, id: number, body: { version: number; comment: string }) => reviewReport(database, actor, id, 'return', body);
export const reopenReport = (database: Database, actor: Actor, id: number, body: ReviewBody) => reviewReport(database, actor, id, 'reopen', body);
/** For callers that batch many writes in one transaction (the demo seed). */
export const approveReportInTx = (tx: Tx, actor: Actor, id: number, body: ReviewBody) => reviewReportInTx(tx, actor, id, 'approve', body);
export const returnReportInTx = (tx: Tx, actor: Actor, id: number, body: { version: number; comment: string }) => reviewReportInTx(tx, actor, id, 'return', body);

// ---------------------------------------------------------------------------------------
// The data API: a unit's values by campaign and unit code, for other systems

async function toDataValues(tx: Tx, report: repo.ReportRow, campaign: repo.CampaignRow): Promise<DataUnitValues> {
  return {
    campaignId: campaign.id,
    unit: { id: report.unitId, code: report.unitCode, name: report.unitName },
    state: report.state,
    status: statusOfRow(report, campaign, new Date()),
    version: report.version,
    values: report.values,
    answers: { texts: report.answers.texts ?? {}, targets: (report.answers.targets ?? {}) as DataUnitValues['answers']['targets'] },
    rollup: await readRollup(tx, campaign.id, report.unitId),
  };
}

export async function readUnitData(database: Database, actor: Actor, campaignId: number, unitCode: string): Promise<DataUnitValues> {
  const { report, campaign } = await loadReportOfUnit(database.db, actor, campaignId, unitCode);
  return toDataValues(database.db, report, campaign);
}

/**
 * Writes a unit's whole content, then submits it when asked — idempotent: the same call
 * twice leaves one submission and the same figures. Values of a submitted report can only
 * be sent again unchanged.
 */
export async function writeUnitData(database: Database, actor: Actor, campaignId: number, unitCode: string, body: DataValuesBody): Promise<DataUnitValues> {
  return database.db.transaction((tx) => writeUnitDataInTx(database, tx, actor, campaignId, unitCode, body));
}

export async function writeUnitDataInTx(database: Database, tx: Tx, actor: Actor, campaignId: number, unitCode: string, body: DataValuesBody): Promise<DataUnitValues> {
  const now = new Date();
  const loaded = await loadReportOfUnit(tx, actor, campaignId, unitCode, true);
  const { report } = loaded;
  const content: ReportContent = {
    values: body.values,
    answers: body.answers ?? { texts: report.answers.texts ?? {}, targets: (report.answers.targets ?? {}) as ReportAnswers['targets'] },
    responses: body.responses ?? report.responses,
  };
  const write = stageWrite(loaded);
  await stageContent(database, tx, actor, write, content, null, now);
  if (body.submit) await stageSubmission(database, tx, actor, write, null, body.lateReason, now);
  // The rows as written answer the call: no read-back in the deadline rush's hot path.
  return toDataValues(tx, await commitWrite(tx, actor, write), loaded.campaign);
}

/** Saves content that arrived another way (an uploaded .xlsx) exactly as the form would. */
export async function saveReportContent(database: Database, actor: Actor, id: number, content: ReportContent, version: number | null): Promise<ReportDetail> {
  await database.db.transaction(async (tx) => {
    const loaded = await loadReport(tx, actor, id, true);
    await saveContentInTx(database, tx, actor, loaded, content, version, new Date());
  });
  return getReport(database, actor, id);
}

/** For exports and the offline form: the report with its campaign and definition, checked against the actor's subtree. */
export async function loadReportForFile(database: Database, actor: Actor, id: number) {
  const { report, campaign } = await loadReport(database.db, actor, id);
  return { report, campaign, definition: await definitionOf(database, campaign.templateVersionId) };
}

