/**
 * Plans' rules (kế hoạch, issue 5): a unit's officer drafts — from scratch, from an
 * imported Word file or text, or from the parent unit's plan — the committee head issues it
 * with a number and a date, and it is read-only from then on: a change is an amendment, a
 * new version that supersedes it once issued. Units above read; they never edit.
 */
import { createHash } from 'node:crypto';
import type { Database, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { ErrorDetail } from '../../../common/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, can, type Actor } from '../../lib/policy.ts';
import { loadUnitFor } from '../units/units.service.ts';
import { createCampaignInTx } from '../campaigns/campaigns.service.ts';
import { createCampaignBody } from '../../../common/contracts/campaigns.ts';
import type { z } from 'zod';
import type {
  createPlanBody,
  derivePlanBody,
  issuePlanBody,
  planDeadlineCampaignBody,
  PlanDetail,
  PlanConflict,
  planListQuery,
  PlanSummary,
  updatePlanBody,
} from '../../../common/contracts/plans.ts';
import { planDocumentSchema, type PlanDocument, type ReportingDeadline } from '../../../common/plans/plan-document.ts';
import { derivePlanDocument } from '../../../common/plans/cascade.ts';
import { isIssueDateAllowed, issueYearsOf } from '../../../common/plans/issue-date.ts';
import { documentSymbolOf, formatDocumentNumber, serialOfNumber, symbolOfNumber } from '../../../common/plans/symbols.ts';
import { makeCalendarDate } from '../../../common/text/calendar-dates.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import { normalizeText, toSearchKey } from '../../../common/text/vietnamese.ts';
import { fileCitations } from './legal-library.ts';
import * as repo from './plans.repo.ts';

export type PlanListQuery = z.infer<typeof planListQuery>;
export type CreatePlanBody = z.infer<typeof createPlanBody>;
export type DerivePlanBody = z.infer<typeof derivePlanBody>;
export type UpdatePlanBody = z.infer<typeof updatePlanBody>;
export type IssuePlanBody = z.infer<typeof issuePlanBody>;
export type PlanDeadlineCampaignBody = z.infer<typeof planDeadlineCampaignBody>;

const OWN_UNIT_ONLY = 'Chỉ trưởng ban và cán bộ phụ trách của chính đơn vị soạn và cập nhật kế hoạch của đơn vị; đơn vị cấp trên chỉ xem.';
const HEAD_ONLY = 'Chỉ trưởng ban của đơn vị ban hành kế hoạch.';
const planNotFound = () => notFound('Không tìm thấy kế hoạch');

// ---------------------------------------------------------------------------------------
// Reading

export async function loadPlanFor(tx: Tx, actor: Actor, id: number, forUpdate = false): Promise<repo.PlanRow> {
  const plan = await repo.findPlan(tx, id, forUpdate);
  if (!plan) throw planNotFound();
  // The actor's subtree, and the issued plans of the units above it (the plans it carries out
  // and starts its own from); anything else does not exist for them.
  const ofUnitAbove = plan.status !== 'draft' && actor.unitPath.startsWith(`${plan.unitPath}.`);
  if (!ofUnitAbove && !can(actor, 'plan:read', { path: plan.unitPath })) throw planNotFound();
  return plan;
}

function unitRefOf(plan: repo.PlanRow) {
  return { id: plan.unitId, code: plan.unitCode, name: plan.unitName };
}

export function toPlanSummary(plan: repo.PlanRow): PlanSummary {
  return {
    id: plan.id,
    seriesId: plan.seriesId,
    version: plan.version,
    unit: unitRefOf(plan),
    kind: plan.kind,
    status: plan.status,
    title: plan.title,
    fromYear: plan.fromYear,
    toYear: plan.toYear,
    number: plan.number,
    issuedOn: plan.issuedOn,
    source: plan.source,
    parentPlanId: plan.parentPlanId,
    requestId: plan.requestId,
    linkUrl: plan.linkUrl,
    hasScan: plan.hasScan,
    updatedAt: plan.updatedAt,
  };
}

async function toPlanDetail(tx: Tx, actor: Actor, plan: repo.PlanRow): Promise<PlanDetail> {
  const [versions, parent, openDraft] = await Promise.all([
    repo.listVersions(tx, plan.seriesId),
    plan.parentPlanId ? repo.findPlan(tx, plan.parentPlanId) : Promise.resolve(undefined),
    repo.hasOpenDraft(tx, plan.seriesId),
  ]);
  const target = { path: plan.unitPath };
  const drafts = can(actor, 'plan:draft', target);
  return {
    ...toPlanSummary(plan),
    content: plan.content,
    revision: plan.revision,
    // The parent's plan is shown only when the reader may see it (a school sees its office's).
    parentPlan: parent ? { id: parent.id, title: parent.title, number: parent.number, unit: unitRefOf(parent) } : null,
    versions,
    issuedAt: plan.issuedAt,
    issuedBy: plan.issuedByName,
    can: {
      edit: plan.status === 'draft' && drafts,
      issue: plan.status === 'draft' && can(actor, 'plan:issue', target),
      amend: plan.status === 'issued' && drafts && openDraft === null,
      attach: plan.status === 'issued' && drafts,
    },
  };
}

export async function getPlan(database: Database, actor: Actor, id: number): Promise<PlanDetail> {
  const plan = await loadPlanFor(database.db, actor, id);
  return toPlanDetail(database.db, actor, plan);
}

/**
 * A unit's plans, or its subtree's. A school also sees the plans of the units above it
 * that it is asked to carry out: `unitId` may name an ancestor, whose issued plans
 * (never its drafts) the school reads to start its own.
 */
export async function listPlans(database: Database, actor: Actor, query: PlanListQuery): Promise<{ items: PlanSummary[] }> {
  const { db } = database;
  const unitId = query.unitId ?? actor.unitId;
  const searchKey = query.q ? toSearchKey(query.q) : undefined;
  const filter = { year: query.year, status: query.status, searchKey };
  const ancestor = await ancestorPathOfActor(db, actor, unitId);
  if (ancestor) {
    const items = await repo.listPlans(db, { unitPath: ancestor, subtree: false, ...filter, status: 'issued' });
    return { items: items.map(toPlanSummary) };
  }
  const unit = await loadUnitFor(db, actor, unitId, 'unit:read');
  authorize(actor, 'plan:read', unit);
  const items = await repo.listPlans(db, { unitPath: unit.path, subtree: query.scope === 'subtree', ...filter });
  return { items: items.map(toPlanSummary) };
}

/** The path of `unitId` when it lies above the actor's unit (the units whose issued plans it carries out), else null. */
async function ancestorPathOfActor(tx: Tx, actor: Actor, unitId: number): Promise<string | null> {
  if (!actor.unitPath.split('.').slice(0, -1).includes(String(unitId))) return null;
  return repo.unitPathOf(tx, unitId);
}

// ---------------------------------------------------------------------------------------
// Writing a draft

/** Every string of the document NFC-normalised and white-space folded; the schema's limits checked. */
export function cleanDocument(content: PlanDocument): PlanDocument {
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return normalizeText(value);
    if (Array.isArray(value)) return value.map(clean);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)]));
    return value;
  };
  return planDocumentSchema.parse(clean(content));
}

function yearsOf(content: PlanDocument): { fromYear: number; toYear: number } {
  if (content.period) {
    if (content.period.fromYear > content.period.toYear) {
      throw new AppError('VALIDATION', 'Năm bắt đầu phải trước hoặc trùng năm kết thúc', [{ field: 'period', message: 'Năm bắt đầu phải trước hoặc trùng năm kết thúc' }]);
    }
    return content.period;
  }
  const year = content.year ?? (content.date ? Number(content.date.slice(0, 4)) : Number(todayInVietnam().slice(0, 4)));
  return { fromYear: year, toYear: year };
}

function titleOf(content: PlanDocument): string {
  return content.title.trim() || (content.kind === 'letter' ? content.subject ?? 'Công văn' : 'Kế hoạch chưa có tiêu đề');
}

function draftValues(content: PlanDocument) {
  const title = titleOf(content);
  return { title, searchKey: toSearchKey(title), ...yearsOf(content) };
}

async function loadDraftUnit(tx: Tx, actor: Actor, unitId: number) {
  const unit = await loadUnitFor(tx, actor, unitId, 'unit:read');
  authorize(actor, 'plan:draft', unit, OWN_UNIT_ONLY);
  if (!unit.isOpen) throw new AppError('UNIT_CLOSED', `Đơn vị "${unit.name}" đã ngừng hoạt động`);
  return unit;
}

export async function createPlan(database: Database, actor: Actor, body: CreatePlanBody): Promise<PlanDetail> {
  return database.db.transaction(async (tx) => {
    const unit = await loadDraftUnit(tx, actor, body.unitId);
    const content = await fileCitations(tx, cleanDocument(body.content));
    if (content.kind === 'report') throw new AppError('VALIDATION', 'Báo cáo được lập từ đợt báo cáo, không soạn như kế hoạch', [{ field: 'content.kind', message: 'Chọn kế hoạch hoặc công văn' }]);
    const id = await repo.insertPlan(tx, {
      unitId: unit.id,
      kind: content.kind,
      ...draftValues(content),
      content,
      source: body.source,
      sourceFileName: body.sourceFileName ?? null,
      parentPlanId: null,
      requestId: null,
      userId: actor.userId,
    });
    await recordAudit(tx, actor, { action: 'plan.create', entityType: 'plan', entityId: id, unitId: unit.id, after: { title: titleOf(content), source: body.source, fileName: body.sourceFileName ?? null } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, id))!);
  });
}

/** The cascade: a draft of the actor's unit started from the parent unit's issued plan. */
export async function derivePlan(database: Database, actor: Actor, body: DerivePlanBody): Promise<PlanDetail> {
  return database.db.transaction(async (tx) => {
    const unit = await loadDraftUnit(tx, actor, body.unitId);
    const parent = await repo.findPlan(tx, body.parentPlanId);
    // The plan to start from must be an issued plan of a unit above this one.
    const isAbove = parent && unit.path.startsWith(`${parent.unitPath}.`);
    if (!parent || !isAbove) throw notFound('Không tìm thấy kế hoạch của đơn vị cấp trên');
    if (parent.status !== 'issued') throw new AppError('PLAN_NOT_EDITABLE', 'Chỉ lập được kế hoạch từ kế hoạch đã ban hành của cấp trên');
    if (body.requestId !== undefined && !(await repo.isAskedOf(tx, body.requestId, unit.id))) throw notFound('Không tìm thấy yêu cầu xây dựng kế hoạch gửi đơn vị này');
    const [kind, parentUnit] = await Promise.all([repo.unitKindOf(tx, unit.id), unit.parentId ? repo.unitNameOf(tx, unit.parentId) : Promise.resolve(parent.unitName)]);
    const content = await fileCitations(
      tx,
      cleanDocument(
        derivePlanDocument(
          { id: parent.id, content: parent.content, number: parent.number, issuedOn: parent.issuedOn, unitName: parent.unitName },
          { name: unit.name, kindCode: kind.code, isSchool: kind.isSchool, parentName: parentUnit ?? parent.unitName },
        ),
      ),
    );
    const id = await repo.insertPlan(tx, {
      unitId: unit.id,
      kind: 'plan',
      ...draftValues(content),
      content,
      source: 'parent',
      sourceFileName: null,
      parentPlanId: parent.id,
      requestId: body.requestId ?? null,
      userId: actor.userId,
    });
    await recordAudit(tx, actor, { action: 'plan.derive', entityType: 'plan', entityId: id, unitId: unit.id, after: { parentPlanId: parent.id, requestId: body.requestId ?? null } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, id))!);
  });
}

async function loadEditableDraft(tx: Tx, actor: Actor, id: number): Promise<repo.PlanRow> {
  const plan = await loadPlanFor(tx, actor, id, true);
  authorize(actor, 'plan:draft', { path: plan.unitPath }, OWN_UNIT_ONLY);
  if (plan.status !== 'draft') {
    throw new AppError('PLAN_NOT_EDITABLE', plan.status === 'issued' ? 'Kế hoạch đã ban hành không sửa được; hãy tạo bản sửa đổi (phiên bản mới).' : 'Phiên bản này đã được thay thế bằng phiên bản mới hơn.');
  }
  return plan;
}

function assertRevision(plan: repo.PlanRow, revision: number): void {
  if (plan.revision === revision) return;
  throw new AppError(
    'PLAN_CONFLICT',
    `Kế hoạch vừa được ${plan.updatedByName ?? 'người khác'} lưu. Hãy tải lại bản đã lưu trước khi sửa tiếp.`,
    undefined,
    { updatedBy: plan.updatedByName, updatedAt: plan.updatedAt, revision: plan.revision } satisfies PlanConflict,
  );
}

export async function updatePlan(database: Database, actor: Actor, id: number, body: UpdatePlanBody): Promise<PlanDetail> {
  return database.db.transaction(async (tx) => {
    const plan = await loadEditableDraft(tx, actor, id);
    assertRevision(plan, body.revision);
    const content = await fileCitations(tx, cleanDocument({ ...body.content, kind: plan.kind }));
    await repo.updateDraft(tx, id, { ...draftValues(content), content, userId: actor.userId });
    await recordAudit(tx, actor, { action: 'plan.update', entityType: 'plan', entityId: id, unitId: plan.unitId, after: { revision: plan.revision + 1, title: titleOf(content) } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, id))!);
  });
}

export async function deletePlan(database: Database, actor: Actor, id: number): Promise<{ ok: true }> {
  return database.db.transaction(async (tx) => {
    const plan = await loadEditableDraft(tx, actor, id);
    await repo.deleteDraft(tx, id);
    await recordAudit(tx, actor, { action: 'plan.delete', entityType: 'plan', entityId: id, unitId: plan.unitId, before: { title: plan.title, version: plan.version } });
    return { ok: true as const };
  });
}

// ---------------------------------------------------------------------------------------
// Issuing and amending

/** What an issued document must have; each missing part named for the editor. */
export function issueProblems(content: PlanDocument): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!content.title.trim()) problems.push({ field: 'title', message: 'Chưa có trích yếu (tên kế hoạch)' });
  if (!content.issuer.name) problems.push({ field: 'issuer.name', message: 'Chưa có tên cơ quan ban hành' });
  if (!content.place) problems.push({ field: 'place', message: 'Chưa có địa danh' });
  if (content.sections.length === 0 && content.kind === 'plan') problems.push({ field: 'sections', message: 'Kế hoạch chưa có nội dung (mục I., II., …)' });
  if (!content.signer.title) problems.push({ field: 'signer.title', message: 'Chưa có chức vụ người ký' });
  if (!content.signer.name) problems.push({ field: 'signer.name', message: 'Chưa có họ tên người ký' });
  if (content.recipients.length === 0) problems.push({ field: 'recipients', message: 'Chưa có nơi nhận' });
  return problems;
}

export async function issuePlan(database: Database, actor: Actor, id: number, body: IssuePlanBody): Promise<PlanDetail> {
  return database.db.transaction(async (tx) => {
    const plan = await loadPlanFor(tx, actor, id, true);
    authorize(actor, 'plan:issue', { path: plan.unitPath }, HEAD_ONLY);
    if (plan.status !== 'draft') throw new AppError('PLAN_NOT_EDITABLE', 'Kế hoạch này đã được ban hành');
    assertRevision(plan, body.revision);
    const problems = issueProblems(plan.content);
    if (problems.length > 0) throw new AppError('PLAN_NOT_READY', `Chưa ban hành được: ${problems.map((p) => p.message.toLocaleLowerCase('vi')).join('; ')}.`, problems);
    const year = Number(body.issuedOn.slice(0, 4));
    if (!isIssueDateAllowed(body.issuedOn, plan)) {
      const { first, last } = issueYearsOf(plan);
      throw new AppError('VALIDATION', `Ngày ban hành phải trong năm ${first}–${last} của kế hoạch`, [{ field: 'issuedOn', message: 'Ngày ban hành không hợp với thời gian của kế hoạch' }]);
    }
    // One lock per unit while a number is handed out, so two heads issuing at once get two numbers.
    await tx.execute(sqlLock(plan.unitId));
    const symbol = symbolOfNumber(plan.content.number) ?? documentSymbolOf(plan.kind, plan.unitName);
    const serial = body.serial ?? serialOfNumber(plan.content.number) ?? (await repo.highestSerial(tx, plan.unitId, symbol, year)) + 1;
    const number = formatDocumentNumber(serial, symbol);
    if (await repo.isNumberTaken(tx, plan.unitId, number, year, plan.seriesId)) {
      throw new AppError('DUPLICATE', `Số ${number} đã dùng cho một văn bản khác của đơn vị trong năm ${year}`, [{ field: 'serial', message: 'Số này đã được dùng' }]);
    }
    const content: PlanDocument = { ...plan.content, number, date: body.issuedOn, year };
    await repo.markIssued(tx, id, { number, issuedOn: body.issuedOn, content, userId: actor.userId });
    const superseded = await repo.supersedeOthers(tx, plan.seriesId, id);
    await recordAudit(tx, actor, { action: 'plan.issue', entityType: 'plan', entityId: id, unitId: plan.unitId, after: { number, issuedOn: body.issuedOn, version: plan.version, superseded } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, id))!);
  });
}

function sqlLock(unitId: number) {
  return repo.unitLock(unitId);
}

/** An amendment of an issued plan: a new draft version with the same content, to be issued under a new number. */
export async function amendPlan(database: Database, actor: Actor, id: number): Promise<PlanDetail> {
  return database.db.transaction(async (tx) => {
    const plan = await loadPlanFor(tx, actor, id, true);
    authorize(actor, 'plan:draft', { path: plan.unitPath }, OWN_UNIT_ONLY);
    if (plan.status !== 'issued') throw new AppError('PLAN_NOT_EDITABLE', 'Chỉ sửa đổi được phiên bản đang có hiệu lực của kế hoạch');
    const openDraft = await repo.hasOpenDraft(tx, plan.seriesId);
    if (openDraft !== null) throw new AppError('CONFLICT', 'Kế hoạch này đã có một bản sửa đổi đang soạn', [{ field: 'draftId', message: String(openDraft) }]);
    const versions = await repo.listVersions(tx, plan.seriesId);
    const symbol = symbolOfNumber(plan.number) ?? documentSymbolOf(plan.kind, plan.unitName);
    const content: PlanDocument = { ...plan.content, number: `/${symbol}`, date: null };
    const newId = await repo.insertPlan(
      tx,
      {
        unitId: plan.unitId,
        kind: plan.kind,
        ...draftValues(content),
        content,
        source: plan.source,
        sourceFileName: plan.sourceFileName,
        parentPlanId: plan.parentPlanId,
        requestId: plan.requestId,
        userId: actor.userId,
      },
      { seriesId: plan.seriesId, version: Math.max(...versions.map((v) => v.version)) + 1 },
    );
    await recordAudit(tx, actor, { action: 'plan.amend', entityType: 'plan', entityId: newId, unitId: plan.unitId, after: { amends: plan.id, number: plan.number } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, newId))!);
  });
}

// ---------------------------------------------------------------------------------------
// The published link and the signed scan

async function loadAttachablePlan(tx: Tx, actor: Actor, id: number): Promise<repo.PlanRow> {
  const plan = await loadPlanFor(tx, actor, id, true);
  authorize(actor, 'plan:draft', { path: plan.unitPath }, OWN_UNIT_ONLY);
  if (plan.status !== 'issued') throw new AppError('PLAN_NOT_EDITABLE', 'Chỉ đính kèm đường link và bản ký cho kế hoạch đã ban hành');
  return plan;
}

export async function setPlanLink(database: Database, actor: Actor, id: number, linkUrl: string): Promise<PlanDetail> {
  return database.db.transaction(async (tx) => {
    const plan = await loadAttachablePlan(tx, actor, id);
    await repo.setLink(tx, id, linkUrl, actor.userId);
    await recordAudit(tx, actor, { action: 'plan.link', entityType: 'plan', entityId: id, unitId: plan.unitId, before: { linkUrl: plan.linkUrl }, after: { linkUrl } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, id))!);
  });
}

export const SCAN_LIMIT_BYTES = 20 * 1024 * 1024;

/** The signed, stamped copy: a real PDF (its magic and its end marker), not any file renamed. */
export function checkScan(fileName: string, bytes: Buffer): void {
  if (bytes.length === 0) throw new AppError('BAD_FILE', `Tệp "${fileName}" rỗng.`);
  if (bytes.length > SCAN_LIMIT_BYTES) throw new AppError('FILE_TOO_LARGE', `Tệp "${fileName}" lớn hơn 20 MB.`);
  const head = bytes.subarray(0, 5).toString('latin1');
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  if (head !== '%PDF-') throw new AppError('BAD_FILE', `Tệp "${fileName}" không phải tệp PDF. Hãy quét bản ký, đóng dấu thành tệp PDF rồi tải lên.`);
  if (!tail.includes('%%EOF')) throw new AppError('BAD_FILE', `Tệp PDF "${fileName}" bị hỏng hoặc tải lên không đầy đủ.`);
}

export async function uploadPlanScan(database: Database, actor: Actor, id: number, file: { fileName: string; content: Buffer }): Promise<PlanDetail> {
  checkScan(file.fileName, file.content);
  return database.db.transaction(async (tx) => {
    const plan = await loadAttachablePlan(tx, actor, id);
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    await repo.upsertScan(tx, id, { fileName: file.fileName || 'ban-ky.pdf', bytes: file.content, sha256, userId: actor.userId });
    await recordAudit(tx, actor, { action: 'plan.scan', entityType: 'plan', entityId: id, unitId: plan.unitId, after: { fileName: file.fileName, size: file.content.length, sha256 } });
    return toPlanDetail(tx, actor, (await repo.findPlan(tx, id))!);
  });
}

export async function getPlanScan(database: Database, actor: Actor, id: number): Promise<{ fileName: string; bytes: Buffer }> {
  const plan = await loadPlanFor(database.db, actor, id);
  const scan = await repo.findScan(database.db, plan.id);
  if (!scan) throw notFound('Kế hoạch chưa có bản ký, đóng dấu');
  return scan;
}

// ---------------------------------------------------------------------------------------
// A reporting deadline of the plan becomes a report campaign

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The deadline's date: its own year, else the first year of the plan whose date is still ahead, else the plan's last year. */
export function deadlineDate(deadline: ReportingDeadline, plan: { fromYear: number; toYear: number }, today: string): string {
  const on = (year: number) => makeCalendarDate(year, deadline.month, deadline.day ?? lastDayOfMonth(year, deadline.month))!;
  if (deadline.year) return on(deadline.year);
  for (let year = plan.fromYear; year <= plan.toYear; year += 1) if (on(year) >= today) return on(year);
  return on(plan.toYear);
}

/** "6 tháng" (or a deadline before August) reports the first half; otherwise the whole year. */
export function periodOfDeadline(deadline: ReportingDeadline, date: string) {
  const year = Number(date.slice(0, 4));
  const label = toSearchKey(deadline.label);
  const halfYear = /6 thang|sau thang|hoc ky i\b|giua nam/.test(label) || (!/nam|tong ket/.test(label) && deadline.month <= 7);
  return halfYear ? ({ kind: 'half-year', year, half: 1 } as const) : ({ kind: 'year', year } as const);
}

export async function createCampaignFromDeadline(database: Database, actor: Actor, id: number, body: PlanDeadlineCampaignBody): Promise<{ campaignId: number }> {
  const campaignId = await database.db.transaction(async (tx) => {
    const plan = await loadPlanFor(tx, actor, id);
    if (plan.status !== 'issued') throw new AppError('PLAN_NOT_EDITABLE', 'Chỉ tạo đợt báo cáo từ kế hoạch đã ban hành');
    const deadline = plan.content.reportingDeadlines[body.deadlineIndex];
    if (!deadline) throw notFound('Không tìm thấy hạn báo cáo này trong kế hoạch');
    const today = todayInVietnam();
    const date = deadlineDate(deadline, plan, today);
    if (date < today) throw new AppError('VALIDATION', `Hạn ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} đã qua`, [{ field: 'deadlineIndex', message: 'Hạn báo cáo đã qua' }]);
    const period = periodOfDeadline(deadline, date);
    const name = body.name ?? `Báo cáo ${deadline.label.toLocaleLowerCase('vi')} năm ${period.year} — ${plan.title}`.slice(0, 300);
    const input = createCampaignBody.parse({
      name,
      issuerUnitId: plan.unitId,
      templateVersionId: body.templateVersionId,
      period,
      respondentKindIds: body.respondentKindIds,
      instructions: `Theo ${plan.kind === 'plan' ? 'Kế hoạch' : 'Công văn'} số ${plan.number ?? '…'}: ${deadline.text ?? deadline.label}`.slice(0, 5000),
      asOf: date,
      opensOn: today,
      deadline: date,
    });
    const created = await createCampaignInTx(tx, actor, input);
    await recordAudit(tx, actor, { action: 'plan.campaign', entityType: 'plan', entityId: plan.id, unitId: plan.unitId, after: { campaignId: created, deadline: date } });
    return created;
  });
  return { campaignId };
}
