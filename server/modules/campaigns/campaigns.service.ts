/**
 * Campaigns (đợt báo cáo): a unit issues one to the units of chosen kinds in its subtree,
 * follows who has answered (the status board, completeness, the children × campaigns
 * matrix), reads the live rollup of any unit of its subtree, exempts a unit or extends its
 * deadline. Reports themselves are reports.service.ts.
 *
 * Who sees a campaign: the issuer's subtree (the units asked) and the issuer's ancestors.
 * Boards and rollups are read for units within both the campaign's scope and the actor's subtree.
 */
import type { Database, Tx } from '../../db/client.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, can, isWithin, type Actor } from '../../lib/policy.ts';
import { loadUnitFor } from '../units/units.service.ts';
import { describePeriod, periodKey, type ReportPeriod } from '../../../common/campaigns/periods.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import { compareVietnamese } from '../../../common/text/vietnamese.ts';
import type {
  BoardChild,
  CampaignDetail,
  CampaignSummary,
  CreateCampaignBody,
  ReportMatrix,
  StatusBoard,
  UnitRollup,
} from '../../../common/contracts/campaigns.ts';
import type { TemplateDefinition } from '../../../common/contracts/templates.ts';
import * as repo from './campaigns.repo.ts';
import { applyReportChange, readFactGroups, readRollup, seedCampaignFacts } from './rollups.service.ts';
import { completenessOr, statusOfRow, tallyGroups } from './report-facts.ts';
import { definitionOf } from './definitions.ts';

export const campaignNotFound = () => notFound('Không tìm thấy đợt báo cáo');

/** True when the campaign concerns the actor: issued within their subtree, or their unit lies in its scope. */
export function canSeeCampaign(actor: Actor, campaign: Pick<repo.CampaignRow, 'issuerPath'>): boolean {
  return isWithin(campaign.issuerPath, actor.unitPath) || isWithin(actor.unitPath, campaign.issuerPath);
}

export async function loadCampaignFor(tx: Tx, actor: Actor, id: number): Promise<repo.CampaignRow> {
  const campaign = await repo.findCampaign(tx, id);
  if (!campaign || !canSeeCampaign(actor, campaign)) throw campaignNotFound();
  return campaign;
}

/** The top of what the actor may look at in a campaign: their own unit when it lies in the scope, else the issuer. */
function viewRootPath(actor: Actor, campaign: repo.CampaignRow): { id: number; path: string } {
  if (isWithin(actor.unitPath, campaign.issuerPath)) return { id: actor.unitId, path: actor.unitPath };
  return { id: campaign.issuerUnitId, path: campaign.issuerPath };
}

/**
 * The unit whose live counts cover a campaign's reports within a unit's subtree: the unit
 * itself inside the campaign's scope, the issuer when the unit lies above it, none otherwise.
 */
function coveringUnitId(campaign: Pick<repo.CampaignRow, 'issuerPath' | 'issuerUnitId'>, unit: { id: number; path: string }): number | null {
  if (isWithin(unit.path, campaign.issuerPath)) return unit.id;
  if (isWithin(campaign.issuerPath, unit.path)) return campaign.issuerUnitId;
  return null;
}

/** The issuer's ancestors and the issuer's own reporters manage a campaign. */
function canManage(actor: Actor, campaign: repo.CampaignRow): boolean {
  return can(actor, 'campaign:manage', { path: campaign.issuerPath });
}

function toSummary(row: repo.CampaignRow, completeness: CampaignSummary['completeness'], ownReportId: number | null): CampaignSummary {
  return {
    id: row.id,
    name: row.name,
    issuer: { id: row.issuerUnitId, code: row.issuerCode, name: row.issuerName },
    periodKind: row.period.kind,
    period: row.period,
    periodLabel: describePeriod(row.period),
    asOf: row.asOf,
    opensOn: row.opensOn,
    deadline: row.deadline,
    locksOn: row.locksOn,
    rollupBasis: row.rollupBasis,
    templateVersionId: row.templateVersionId,
    templateName: row.templateName,
    templateVersion: row.templateVersion,
    createdAt: row.createdAt,
    completeness,
    ownReportId,
  };
}

/** Completeness of each campaign within the actor's view of it (live counts), and the actor's own report ids. */
async function summarize(tx: Tx, actor: Actor, list: repo.CampaignRow[], now: Date): Promise<CampaignSummary[]> {
  const opensOn = new Map(list.map((c) => [c.id, c.opensOn]));
  const groups = await readFactGroups(tx, list.map((c) => ({ campaignId: c.id, unitId: viewRootPath(actor, c).id })));
  const tallies = tallyGroups(groups, (g) => g.campaignId, (id) => opensOn.get(id)!, now);
  const own = await repo.listReportsOfUnits(tx, list.map((c) => c.id), [actor.unitId]);
  const ownByCampaign = new Map(own.map((r) => [r.campaignId, r.reportId]));
  return list.map((c) => toSummary(c, completenessOr(tallies, c.id), ownByCampaign.get(c.id) ?? null));
}

export async function listCampaigns(database: Database, actor: Actor): Promise<CampaignSummary[]> {
  const { db } = database;
  authorize(actor, 'report:read', { path: actor.unitPath });
  const list = await repo.listCampaignsFor(db, actor.unitPath, 200);
  return summarize(db, actor, list, new Date());
}

export async function getCampaign(database: Database, actor: Actor, id: number): Promise<CampaignDetail> {
  const { db } = database;
  const campaign = await loadCampaignFor(db, actor, id);
  const [summary] = await summarize(db, actor, [campaign], new Date());
  const kinds = await repo.listKindRefs(db, campaign.respondentKindIds);
  return { ...summary!, instructions: campaign.instructions, respondentKinds: kinds, createdByName: campaign.createdByName, canManage: canManage(actor, campaign) };
}

/** Issues a campaign inside the caller's transaction: one expected report per open unit of the chosen kinds below the issuer. */
export async function createCampaignInTx(tx: Tx, actor: Actor, input: CreateCampaignBody): Promise<number> {
  const issuer = await loadUnitFor(tx, actor, input.issuerUnitId ?? actor.unitId, 'campaign:issue');
  if (!issuer.isOpen) throw new AppError('UNIT_CLOSED', `Đơn vị "${issuer.name}" đã ngừng hoạt động`);
  const version = await repo.findTemplateIdOfVersion(tx, input.templateVersionId);
  if (!version) throw new AppError('VALIDATION', 'Không tìm thấy phiên bản mẫu báo cáo', [{ field: 'templateVersionId', message: 'Không tìm thấy phiên bản mẫu báo cáo' }]);
  if (version.status !== 'published') {
    throw new AppError('VALIDATION', 'Chỉ dùng được phiên bản mẫu báo cáo đã ban hành', [{ field: 'templateVersionId', message: 'Phiên bản này chưa ban hành' }]);
  }
  const campaignId = await repo.insertCampaign(tx, {
    name: input.name,
    issuerUnitId: issuer.id,
    templateVersionId: input.templateVersionId,
    period: input.period,
    periodKey: periodKey(input.period as ReportPeriod),
    asOf: input.asOf,
    opensOn: input.opensOn,
    deadline: input.deadline,
    locksOn: input.locksOn ?? null,
    rollupBasis: input.rollupBasis,
    respondentKindIds: [...new Set(input.respondentKindIds)],
    instructions: input.instructions ?? null,
    createdBy: actor.userId,
  });
  const expected = await repo.insertExpectedReports(tx, campaignId, issuer.path, input.respondentKindIds, todayInVietnam());
  if (expected === 0) {
    throw new AppError('VALIDATION', `Không có đơn vị nào thuộc loại đã chọn trực thuộc "${issuer.name}"`, [
      { field: 'respondentKindIds', message: 'Không có đơn vị nào thuộc loại đã chọn' },
    ]);
  }
  await seedCampaignFacts(tx, campaignId);
  await recordAudit(tx, actor, {
    action: 'campaign.create',
    entityType: 'campaign',
    entityId: campaignId,
    unitId: issuer.id,
    after: { name: input.name, templateVersionId: input.templateVersionId, period: input.period, deadline: input.deadline, expectedReports: expected },
  });
  return campaignId;
}

export async function createCampaign(database: Database, actor: Actor, input: CreateCampaignBody): Promise<CampaignDetail> {
  const id = await database.db.transaction((tx) => createCampaignInTx(tx, actor, input));
  // Tens of thousands of new rows: without fresh statistics the planner misjudges every
  // report and rollup query of the campaign until autovacuum (absent in PGlite) catches up.
  await repo.refreshPlannerStatistics(database.db);
  return getCampaign(database, actor, id);
}

/** The unit of a campaign's scope the actor asks about, checked against both the scope and the actor's subtree. */
export async function loadScopedUnit(tx: Tx, actor: Actor, campaign: repo.CampaignRow, unitId: number | undefined) {
  const unit = await loadUnitFor(tx, actor, unitId ?? viewRootPath(actor, campaign).id, 'report:read');
  if (!isWithin(unit.path, campaign.issuerPath)) throw notFound('Đơn vị này không thuộc phạm vi đợt báo cáo');
  return unit;
}

/** The status board of a unit's children (bảng theo dõi): each child's own report and its subtree's completeness. */
export async function getStatusBoard(database: Database, actor: Actor, campaignId: number, unitId?: number): Promise<StatusBoard> {
  const { db } = database;
  const now = new Date();
  const campaign = await loadCampaignFor(db, actor, campaignId);
  const unit = await loadScopedUnit(db, actor, campaign, unitId);
  const children = await repo.listChildrenWithReports(db, [campaign.id], unit.path);
  const unitIds = [unit.id, ...children.map((c) => c.id)];
  const [groups, own] = await Promise.all([
    readFactGroups(db, unitIds.map((id) => ({ campaignId: campaign.id, unitId: id }))),
    repo.listReportsOfUnits(db, [campaign.id], unitIds),
  ]);
  const byUnit = tallyGroups(groups, (g) => g.childId, () => campaign.opensOn, now);
  const reportOf = new Map(own.map((r) => [r.unitId, r]));
  const toBoardReport = (unitIdOf: number): BoardChild['report'] => {
    const report = reportOf.get(unitIdOf);
    if (!report) return null;
    return {
      id: report.reportId,
      status: statusOfRow(report, campaign, now),
      deadline: report.extendedDeadline ?? campaign.deadline,
      submittedAt: report.submittedAt,
      lateReason: report.lateReason,
      exemptionReason: report.exemptionReason,
    };
  };
  const rootIds = viewRootPath(actor, campaign);
  const pathIds = unit.path.split('.').map(Number);
  const fromRoot = pathIds.slice(pathIds.indexOf(rootIds.id));
  const pathRefs = await repo.listUnitRefs(db, fromRoot);
  return {
    campaignId: campaign.id,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    path: fromRoot.map((id) => pathRefs.get(id)!).filter(Boolean),
    completeness: completenessOr(byUnit, unit.id),
    ownReport: toBoardReport(unit.id),
    children: children.map((child) => ({
      unit: child,
      report: toBoardReport(child.id),
      completeness: completenessOr(byUnit, child.id),
    })),
  };
}

/** A unit's live subtree rollup, with the definition to read it by and its completeness. */
export async function getUnitRollup(database: Database, actor: Actor, campaignId: number, unitId?: number): Promise<UnitRollup> {
  const { db } = database;
  const campaign = await loadCampaignFor(db, actor, campaignId);
  const unit = await loadScopedUnit(db, actor, campaign, unitId);
  const [totals, groups, definition] = await Promise.all([
    readRollup(db, campaign.id, unit.id),
    readFactGroups(db, [{ campaignId: campaign.id, unitId: unit.id }]),
    definitionOf(database, campaign.templateVersionId),
  ]);
  return {
    campaignId: campaign.id,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    rollupBasis: campaign.rollupBasis,
    totals,
    definition: definition as TemplateDefinition,
    completeness: completenessOr(tallyGroups(groups, () => 'all', () => campaign.opensOn, new Date()), 'all'),
  };
}

/** Children × the latest campaigns that concern the unit, each cell the child's status and its subtree's completeness. */
export async function getReportMatrix(database: Database, actor: Actor, unitId: number): Promise<ReportMatrix> {
  const { db } = database;
  const now = new Date();
  const unit = await loadUnitFor(db, actor, unitId, 'report:read');
  const campaigns = (await repo.listCampaignsFor(db, unit.path, 12)).filter((c) => isWithin(unit.path, c.issuerPath) || isWithin(c.issuerPath, unit.path));
  const ids = campaigns.map((c) => c.id);
  const opensOn = new Map(campaigns.map((c) => [c.id, c.opensOn]));
  const children = await repo.listChildrenWithReports(db, ids, unit.path);
  // Each cell's completeness comes from the live counts of the unit covering it: the child, or the issuer below it.
  const cells = campaigns.flatMap((campaign) =>
    children.flatMap((child) => {
      const coveringId = coveringUnitId(campaign, { id: child.id, path: `${unit.path}.${child.id}` });
      return coveringId === null ? [] : [{ campaignId: campaign.id, childId: child.id, unitId: coveringId }];
    }),
  );
  const childOfCovering = new Map(cells.map((cell) => [`${cell.campaignId}:${cell.unitId}`, cell.childId]));
  const [groups, own] = await Promise.all([readFactGroups(db, cells), repo.listReportsOfUnits(db, ids, children.map((c) => c.id))]);
  const tallies = tallyGroups(groups, (g) => `${g.campaignId}:${childOfCovering.get(`${g.campaignId}:${g.childId}`)}`, (id) => opensOn.get(id)!, now);
  const ownOf = new Map(own.map((r) => [`${r.campaignId}:${r.unitId}`, r]));
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    campaigns: campaigns.map((c) => ({ id: c.id, name: c.name, periodLabel: describePeriod(c.period), deadline: c.deadline })),
    rows: children
      .slice()
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((child) => ({
        unit: { id: child.id, code: child.code, name: child.name },
        cells: ids.map((campaignId) => {
          const report = ownOf.get(`${campaignId}:${child.id}`);
          return {
            campaignId,
            status: report ? statusOfRow(report, byId.get(campaignId)!, now) : null,
            reportId: report?.reportId ?? null,
            completeness: completenessOr(tallies, `${campaignId}:${child.id}`),
          };
        }),
      })),
  };
}

/** Loads the report of a unit in a campaign the actor manages, locked for the change. */
async function loadManagedReport(tx: Tx, actor: Actor, campaignId: number, unitId: number) {
  const campaign = await loadCampaignFor(tx, actor, campaignId);
  authorize(actor, 'campaign:manage', { path: campaign.issuerPath }, 'Chỉ đơn vị ban hành đợt báo cáo mới được miễn nộp hoặc gia hạn');
  const unit = await loadUnitFor(tx, actor, unitId, 'report:read');
  const report = await repo.findReportByUnit(tx, campaign.id, unit.id, true);
  if (!report) throw notFound(`"${unit.name}" không thuộc danh sách đơn vị phải báo cáo trong đợt này`);
  return { campaign, unit, report };
}

/** Exempts a unit from a campaign (miễn nộp), with the reason; its figures leave the rollups. */
export async function exemptUnit(database: Database, actor: Actor, campaignId: number, unitId: number, reason: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { campaign, report } = await loadManagedReport(tx, actor, campaignId, unitId);
    if (report.state === 'approved') throw new AppError('REPORT_NOT_EDITABLE', 'Báo cáo đã được duyệt, không thể miễn nộp');
    await repo.updateReport(tx, report.id, report.version, actor.userId, { exemptionReason: reason });
    await recordAudit(tx, actor, { action: 'report.exempt', entityType: 'campaign_report', entityId: report.id, unitId: report.unitId, before: { exemptionReason: report.exemptionReason }, after: { exemptionReason: reason } });
    await applyReportChange(tx, campaign, repo.unitOfReport(report), report, { ...report, exemptionReason: reason });
  });
}

/** Lifts an exemption: the unit is asked again and its figures count again. */
export async function liftExemption(database: Database, actor: Actor, campaignId: number, unitId: number): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { campaign, report } = await loadManagedReport(tx, actor, campaignId, unitId);
    if (!report.exemptionReason) return;
    await repo.updateReport(tx, report.id, report.version, actor.userId, { exemptionReason: null });
    await recordAudit(tx, actor, { action: 'report.exemption-lift', entityType: 'campaign_report', entityId: report.id, unitId: report.unitId, before: { exemptionReason: report.exemptionReason } });
    await applyReportChange(tx, campaign, repo.unitOfReport(report), report, { ...report, exemptionReason: null });
  });
}

/** A new deadline for one unit (gia hạn), with the reason. */
export async function extendDeadline(database: Database, actor: Actor, campaignId: number, unitId: number, deadline: string, reason: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { campaign, report } = await loadManagedReport(tx, actor, campaignId, unitId);
    if (deadline < campaign.opensOn) throw new AppError('VALIDATION', 'Hạn mới phải sau ngày mở đợt báo cáo', [{ field: 'deadline', message: 'Hạn mới phải sau ngày mở đợt báo cáo' }]);
    await repo.updateReport(tx, report.id, report.version, actor.userId, { extendedDeadline: deadline, extensionReason: reason });
    await recordAudit(tx, actor, {
      action: 'report.extend',
      entityType: 'campaign_report',
      entityId: report.id,
      unitId: report.unitId,
      before: { extendedDeadline: report.extendedDeadline },
      after: { extendedDeadline: deadline, reason },
    });
    await applyReportChange(tx, campaign, repo.unitOfReport(report), report, { ...report, extendedDeadline: deadline });
  });
}
