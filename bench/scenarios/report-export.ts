/**
 * Scenario "report-export": a province's report as an official .docx, end to end on the
 * national database — exportReportDocx (campaign-documents.service.ts, what GET
 * /api/reports/:id/docx answers) for the province whose subtree holds the number of schools
 * closest to 2,000: the report and its campaign read, every report below it read (one annex
 * row each), the subtree's live rollup read, the document rendered, the download audited.
 *
 * Its campaign is its own (the rush's asks only the schools, so no province has a report to
 * download): the 150-key template of the rush, issued by the Ministry's committee head to the
 * provinces and every kind of school, then every school of the chosen province writes and
 * submits its figures through the data API's service (writeUnitData, live rollups included),
 * one at a time on PGlite and four at a time on PostgreSQL, and the campaign tables get the
 * VACUUM ANALYZE autovacuum would have done. 20 downloads after 2 warm-ups (5 after 1 with
 * --quick), one at a time, as the province's officer. Floor: the three reads of the
 * service (campaign-files.repo listReportIds and readReports, rollups.service readRollup).
 */
import { dataValuesBody } from '../../common/contracts/campaigns.ts';
import type { Database } from '../../server/db/client.ts';
import type { Role } from '../../common/roles.ts';
import type { Actor } from '../../server/lib/policy.ts';
import { exportReportDocx } from '../../server/modules/campaigns/files/campaign-documents.service.ts';
import { listReportIds, readReports } from '../../server/modules/campaigns/files/campaign-files.repo.ts';
import { writeUnitData } from '../../server/modules/campaigns/reports.service.ts';
import { readRollup } from '../../server/modules/campaigns/rollups.service.ts';
import { issueBenchCampaign, rushValues, variantOf } from '../campaign.ts';
import type { Measurement, Scenario } from '../context.ts';
import type { Dataset } from '../generate.ts';
import { timeLoop } from '../measure.ts';
import { summarize } from '../stats.ts';
import { pickBoardUnits } from './board.ts';

const TEMPLATE_CODE = 'BENCH-REPORT-DOCX';
/** Reports read per query, as the service reads them. */
const CHUNK = 1000;

/** The first generated account with `role` at `unitId` (generate.ts gives every Ministry and province these roles). */
async function actorAt(database: Database, dataset: Dataset, unitId: number, role: Role): Promise<Actor> {
  const [row] = await database.query<{ userId: number; username: string; roleId: number }>(
    `select u.id as "userId", u.username, r.id as "roleId"
       from user_roles r join users u on u.id = r.user_id
      where r.unit_id = $1 and r.role = $2
      order by r.id limit 1`,
    [unitId, role],
  );
  if (!row) throw new Error(`no ${role} at unit ${unitId} in the generated data`);
  return { ...row, role, unitId, unitPath: dataset.unitsById.get(unitId)!.path };
}

export const reportExportScenario: Scenario = {
  name: 'report-export',
  title: 'a province’s report as .docx from the database: ~2,000 schools in its annex (exportReportDocx, GET /api/reports/:id/docx)',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const driver = context.driver!;
    const { province, schools } = pickBoardUnits(dataset);
    const unit = dataset.unitsById.get(province)!;
    const ministry = dataset.byLevel[0][0]!;
    const [ministryHead, officer] = [await actorAt(database, dataset, ministry, 'committee_head'), await actorAt(database, dataset, province, 'officer')];

    const issued = await issueBenchCampaign(database, dataset, ministryHead, {
      templateCode: TEMPLATE_CODE,
      templateName: 'Báo cáo số liệu bình đẳng giới (benchmark .docx)',
      campaignName: 'Báo cáo công tác bình đẳng giới năm 2026 (benchmark .docx)',
      period: { kind: 'year', year: 2026 },
      alsoKinds: [unit.kind],
    });
    const below = dataset.byLevel[3].filter((id) => dataset.unitsById.get(id)!.path.startsWith(`${unit.path}.`));
    context.log(`report-export · campaign ${issued.campaignId} issued (${issued.expectedReports.toLocaleString('en-US')} reports); ${below.length.toLocaleString('en-US')} schools of ${unit.code} submit`);
    const fill = await timeLoop(
      async (i) => {
        const school = dataset.unitsById.get(below[i]!)!;
        await writeUnitData(database, ministryHead, issued.campaignId, school.code, dataValuesBody.parse({ values: rushValues(variantOf(school.id)), submit: true }));
      },
      { count: below.length, concurrency: database.driver === 'postgres' ? 4 : 1, maxMs: context.quick ? 300_000 : 1_200_000 },
    );
    context.log(`report-export · ${fill.samples.length.toLocaleString('en-US')} submissions in ${(fill.elapsedMs / 1000).toFixed(1)} s${fill.stoppedEarly ? ' (stopped at the time limit)' : ''}`);
    await database.query('vacuum analyze campaign_reports, campaign_rollups, campaign_report_snapshots, audit_log');

    const [own] = await database.query<{ id: number }>('select id from campaign_reports where campaign_id = $1 and unit_id = $2', [issued.campaignId, province]);
    if (!own) throw new Error(`${unit.code} has no report in campaign ${issued.campaignId}`);
    // One download looked at: it must be the province's, with a row for every report below it.
    const sample = await exportReportDocx(database, officer, own.id);
    const rows = (await listReportIds(database.db, issued.campaignId, unit.path)).length - 1;
    if (sample.body.subarray(0, 2).toString('latin1') !== 'PK') throw new Error(`report ${own.id}: not a .docx`);

    const count = context.quick ? 5 : 20;
    const warmup = context.quick ? 1 : 2;
    context.log(`report-export · ${unit.code} (${schools.get(province)} schools, ${rows} annex rows, ${(sample.body.length / 1024).toFixed(0)} KB): ${count} downloads, 1 at a time`);
    const runs = await timeLoop(() => exportReportDocx(database, officer, own.id), { count, warmup, concurrency: 1, maxMs: 600_000 });
    const floor = await timeLoop(
      async () => {
        const ids = (await listReportIds(database.db, issued.campaignId, unit.path)).filter((id) => id !== own.id);
        for (let start = 0; start < ids.length; start += CHUNK) await readReports(database.db, ids.slice(start, start + CHUNK));
        await readRollup(database.db, issued.campaignId, province);
      },
      { count, warmup, concurrency: 1, maxMs: 300_000 },
    );

    const results: Measurement[] = [
      {
        scenario: 'report-export',
        label: `province ${unit.code}: ${schools.get(province)!.toLocaleString('en-US')} schools, ${rows.toLocaleString('en-US')} annex rows → .docx (${(sample.body.length / 1024).toFixed(0)} KB), its officer, 1 at a time`,
        database: driver,
        unit: 'ms',
        stats: summarize(runs.samples),
        floor: summarize(floor.samples),
        goal: { metric: 'p95', limit: 2000, unit: 'ms' },
        ...(fill.samples.length < below.length ? { error: `only ${fill.samples.length} of ${below.length} schools submitted before the time limit` } : {}),
        details: {
          unit: unit.code,
          schools: schools.get(province),
          annexRows: rows,
          bytes: sample.body.length,
          campaignId: issued.campaignId,
          reportsIssued: issued.expectedReports,
          fill: { submissions: fill.samples.length, elapsedMs: Math.round(fill.elapsedMs), perSecond: Math.round(fill.throughput), p95Ms: summarize(fill.samples).p95 },
          stoppedEarly: runs.stoppedEarly,
        },
      },
    ];
    return results;
  },
};
