/**
 * A campaign's .docx in the official format: its guidance letter (Công văn), and a unit's
 * report (Báo cáo) with the figures as annexes. Reading the campaign or the report is
 * enough to download them; each download is in the audit log.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Actor } from '../../../lib/policy.ts';
import { asciiSlug, safeDisplayName, type FileDownload } from '../../../lib/files/file-transfer.ts';
import { calendarDateInVietnam } from '../../../../common/text/calendar-dates.ts';
import { todayInVietnam } from '../../../../common/text/format.ts';
import { renderLetterDocx, renderReportDocx } from '../../documents/index.ts';
import { loadCampaignFor } from '../campaigns.service.ts';
import { loadReportForFile } from '../reports.service.ts';
import { readRollup } from '../rollups.service.ts';
import { campaignLetter, reportDocument, type DocumentUnit } from './campaign-documents.ts';
import * as repo from './campaign-files.repo.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CHUNK = 1000;

async function documentUnit(tx: Tx, unitId: number): Promise<DocumentUnit> {
  const [row] = await rows<DocumentUnit>(tx, sql`select u.name, p.name as "parentName" from units u left join units p on p.id = u.parent_id where u.id = ${unitId}`);
  return row!;
}

export async function exportCampaignLetter(database: Database, actor: Actor, campaignId: number): Promise<FileDownload> {
  const { db } = database;
  const campaign = await loadCampaignFor(db, actor, campaignId);
  const kinds = await rows<{ name: string }>(db, sql`select name from unit_kinds where id = any(${`{${campaign.respondentKindIds.join(',')}}`}::int[]) order by id`);
  const letter = campaignLetter({
    campaign: { ...campaign, templateName: campaign.templateName },
    issuer: await documentUnit(db, campaign.issuerUnitId),
    respondentKinds: kinds.map((kind) => kind.name),
    today: todayInVietnam(),
  });
  const body = await renderLetterDocx(letter);
  await recordAudit(db, actor, { action: 'campaign.letter', entityType: 'campaign', entityId: campaign.id, unitId: campaign.issuerUnitId, after: { format: 'docx' } });
  return { fileName: `Công văn ${safeDisplayName(campaign.name)}.docx`, asciiFileName: `cong-van-dot-${campaign.id}.docx`, contentType: DOCX_TYPE, body };
}

export async function exportReportDocx(database: Database, actor: Actor, reportId: number): Promise<FileDownload> {
  const { db } = database;
  const { report, campaign, definition } = await loadReportForFile(database, actor, reportId);
  const ids = (await repo.listReportIds(db, campaign.id, report.unitPath)).filter((id) => id !== report.id);
  const children: { name: string; parentName: string | null; values: Record<string, number> }[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    for (const row of await repo.readReports(db, ids.slice(start, start + CHUNK))) children.push({ name: row.unitName, parentName: row.parentName, values: row.values });
  }
  const rollup = children.length > 0 ? await readRollup(db, campaign.id, report.unitId) : null;
  const figures = rollup ? Object.fromEntries(Object.entries(rollup).map(([key, cell]) => [key, cell.sum])) : report.values;
  const document = reportDocument({
    campaign: { name: campaign.name, issuerName: campaign.issuerName, asOf: campaign.asOf },
    definition,
    unit: await documentUnit(db, report.unitId),
    figures,
    figuresAreRollup: rollup !== null,
    answers: report.answers,
    children,
    date: report.submittedAt ? calendarDateInVietnam(report.submittedAt) : null,
  });
  const body = await renderReportDocx(document);
  await recordAudit(db, actor, { action: 'report.docx', entityType: 'report', entityId: report.id, unitId: report.unitId, after: { units: children.length } });
  return {
    fileName: `Báo cáo ${safeDisplayName(campaign.name)} - ${safeDisplayName(report.unitName)}.docx`,
    asciiFileName: `bao-cao-${campaign.id}-${asciiSlug(report.unitCode) || 'don-vi'}.docx`,
    contentType: DOCX_TYPE,
    body,
  };
}
