/**
 * Plan requests (issue 5): a unit asks the units of chosen kinds below it for their plans
 * by a deadline (the Thanh Trì seed: publish the plan on the school's website and send the
 * link in March), then follows who has issued one. A unit has answered when it has issued
 * a plan for the request — or any plan covering the request's years: a school that issued
 * its plan before it was asked has answered too.
 */
import type { Database } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, can, type Actor } from '../../lib/policy.ts';
import { loadUnitFor } from '../units/units.service.ts';
import type { z } from 'zod';
import type { createPlanRequestBody, planRequestDetail, planRequestList, PlanRequestSummary } from '../../../common/contracts/plans.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import { endOfVietnamDayMs } from '../../../common/text/calendar-dates.ts';
import * as repo from './plans.repo.ts';

export type CreatePlanRequestBody = z.infer<typeof createPlanRequestBody>;
type PlanRequestDetail = z.infer<typeof planRequestDetail>;
type PlanRequestList = z.infer<typeof planRequestList>;

function toRequestSummary(row: repo.PlanRequestRow): PlanRequestSummary {
  return {
    id: row.id,
    issuer: { id: row.issuerUnitId, code: row.issuerCode, name: row.issuerName },
    title: row.title,
    fromYear: row.fromYear,
    toYear: row.toYear,
    deadline: row.deadline,
    instructions: row.instructions,
    sourcePlan: row.sourcePlanId ? { id: row.sourcePlanId, title: row.sourcePlanTitle ?? '', number: row.sourcePlanNumber } : null,
    unitsAsked: row.unitsAsked,
    unitsIssued: row.unitsIssued,
    createdAt: row.createdAt,
  };
}

const stateOf = (status: string | null) => (status === 'issued' ? 'issued' : status === 'draft' ? 'draft' : 'none') as 'issued' | 'draft' | 'none';

export async function createPlanRequest(database: Database, actor: Actor, body: CreatePlanRequestBody): Promise<PlanRequestDetail> {
  const id = await database.db.transaction(async (tx) => {
    const issuer = await loadUnitFor(tx, actor, body.issuerUnitId, 'unit:read');
    authorize(actor, 'plan:request', issuer, 'Chỉ trưởng ban và cán bộ phụ trách của chính đơn vị gửi yêu cầu xây dựng kế hoạch.');
    if (body.fromYear > body.toYear) throw new AppError('VALIDATION', 'Năm bắt đầu phải trước hoặc trùng năm kết thúc', [{ field: 'toYear', message: 'Năm kết thúc trước năm bắt đầu' }]);
    if (body.deadline < todayInVietnam()) throw new AppError('VALIDATION', 'Hạn gửi kế hoạch đã qua', [{ field: 'deadline', message: 'Hạn gửi phải từ hôm nay trở đi' }]);
    if (body.sourcePlanId) {
      const source = await repo.findPlan(tx, body.sourcePlanId);
      if (!source || source.unitId !== issuer.id || source.status !== 'issued') {
        throw new AppError('VALIDATION', 'Kế hoạch gửi kèm phải là kế hoạch đã ban hành của chính đơn vị', [{ field: 'sourcePlanId', message: 'Chọn một kế hoạch đã ban hành của đơn vị' }]);
      }
    }
    const requestId = await repo.insertPlanRequest(tx, {
      issuerUnitId: issuer.id,
      title: body.title,
      fromYear: body.fromYear,
      toYear: body.toYear,
      deadline: body.deadline,
      instructions: body.instructions ?? null,
      respondentKindIds: [...new Set(body.respondentKindIds)],
      sourcePlanId: body.sourcePlanId ?? null,
      userId: actor.userId,
    });
    const asked = await repo.insertRequestUnits(tx, requestId, issuer.path, body.respondentKindIds, todayInVietnam());
    if (asked === 0) {
      throw new AppError('VALIDATION', `Không có đơn vị nào thuộc loại đã chọn trực thuộc "${issuer.name}"`, [{ field: 'respondentKindIds', message: 'Không có đơn vị nào thuộc loại đã chọn' }]);
    }
    await recordAudit(tx, actor, { action: 'plan_request.create', entityType: 'plan_request', entityId: requestId, unitId: issuer.id, after: { title: body.title, deadline: body.deadline, unitsAsked: asked } });
    return requestId;
  });
  return getPlanRequest(database, actor, id);
}

/** The request as its issuer (or a unit above) sees it: every unit asked and its answer. A unit asked sees only its own row. */
export async function getPlanRequest(database: Database, actor: Actor, id: number): Promise<PlanRequestDetail> {
  const { db } = database;
  const row = await repo.findPlanRequest(db, id);
  if (!row) throw notFound('Không tìm thấy yêu cầu xây dựng kế hoạch');
  const seesAll = can(actor, 'plan:read', { path: row.issuerPath });
  const asked = !seesAll && (await repo.isAskedOf(db, id, actor.unitId));
  if (!seesAll && !asked) throw notFound('Không tìm thấy yêu cầu xây dựng kế hoạch');
  const deadlineEnd = endOfVietnamDayMs(row.deadline);
  const now = Date.now();
  const units = (await repo.listRequestUnits(db, id))
    .filter((unit) => seesAll || unit.unitId === actor.unitId)
    .map((unit) => {
      const state = stateOf(unit.planStatus);
      const issuedAt = unit.issuedAt ? Date.parse(unit.issuedAt) : null;
      return {
        unit: { id: unit.unitId, code: unit.unitCode, name: unit.unitName },
        state,
        plan: unit.planId
          ? { id: unit.planId, title: unit.planTitle ?? '', number: unit.planNumber, issuedOn: unit.issuedOn, linkUrl: unit.linkUrl, hasScan: unit.hasScan }
          : null,
        late: state === 'issued' ? issuedAt !== null && issuedAt > deadlineEnd : now > deadlineEnd,
      };
    });
  return { ...toRequestSummary(row), units };
}

export async function listPlanRequests(database: Database, actor: Actor, unitId: number | undefined): Promise<PlanRequestList> {
  const { db } = database;
  const unit = await loadUnitFor(db, actor, unitId ?? actor.unitId, 'unit:read');
  const [sent, received] = await Promise.all([repo.listSentRequests(db, unit.id), repo.listReceivedRequests(db, unit.id)]);
  return {
    sent: sent.map(toRequestSummary),
    received: received.map((row) => ({ ...toRequestSummary(row), myState: stateOf(row.myStatus), myPlanId: row.myPlanId })),
  };
}
