/**
 * The report campaign of the national deadline rush, made once per database and shared by
 * the `rush`, `rollup-read` and `board` scenarios (context.campaign()):
 *
 *   1. a template of 50 numeric elements disaggregated by sex (150 value keys) and a few
 *      error rules, created and published by the system admin;
 *   2. a bench officer in every province (`bench.officer.NN`) and a committee head at the
 *      Ministry (`bench.ministry`), with the shared bench password;
 *   3. a campaign issued by the Ministry to every kind of school (rollup basis: submitted);
 *   4. the rush: every school PUTs its 150 values with `submit: true` to the data API, once,
 *      in a shuffled national order, 50 in flight, each with its province officer's session;
 *   5. VACUUM ANALYZE of the campaign tables (what autovacuum would have done);
 *   6. the proof: every value stored exactly once, one snapshot per report, nothing left
 *      unsubmitted, and the live rollup of every unit above the schools equal both to the
 *      SQL recomputation from the reports and to the sum of what was sent.
 */
import { normalizeText, toSearchKey } from '../common/text/vietnamese.ts';
import { addDays } from '../common/text/calendar-dates.ts';
import { todayInVietnam } from '../common/text/format.ts';
import { countedStates } from '../common/campaigns/rollup.ts';
import { createCampaignBody, type RollupTotals } from '../common/contracts/campaigns.ts';
import type { z } from 'zod';
import { createTemplateBody, type TemplateDefinitionInput, dataElementsOf, templateDefinitionSchema, valueKeysOf } from '../common/contracts/templates.ts';
import type { Database } from '../server/db/client.ts';
import type { Actor } from '../server/lib/policy.ts';
import { createCampaign } from '../server/modules/campaigns/campaigns.service.ts';
import { groupReportFacts } from '../server/modules/campaigns/campaigns.repo.ts';
import { factCountsOf, readFactGroups, readRollup, recomputeRollup } from '../server/modules/campaigns/rollups.service.ts';
import { createTemplate, publishVersion } from '../server/modules/templates/templates.service.ts';
import type { ScenarioContext, SignedInSession } from './context.ts';
import { createRandom, type Dataset } from './generate.ts';
import { httpLoad, type HttpLoadResult } from './load.ts';
import { startMonitor, type MonitorReport } from './monitor.ts';

export const RUSH_ELEMENTS = 50;
/** Distinct sets of figures the schools send (a prime, so they do not line up with the rollup stripes). */
export const RUSH_VARIANTS = 97;
export const RUSH_CONCURRENCY = 50;
export const RUSH_TEMPLATE_CODE = 'BENCH-RUSH';
const ROLLUP_BASIS = 'submitted' as const;

const elementCode = (n: number) => `e${String(n).padStart(2, '0')}`;

/** 50 elements × (total, female, male) = 150 value keys, and error rules the rush's figures satisfy. */
export function rushDefinition(elements = RUSH_ELEMENTS): TemplateDefinitionInput {
  return {
    sections: [
      {
        code: 'figures',
        title: 'Số liệu về bình đẳng giới',
        order: 1,
        items: Array.from({ length: elements }, (_, i) => ({
          kind: 'number' as const,
          code: elementCode(i + 1),
          label: `Chỉ tiêu số ${i + 1}`,
          valueType: 'integer' as const,
          unit: 'người',
          disaggregation: 'sex' as const,
        })),
      },
    ],
    rules: [
      { id: 'e01-female-le-total', expression: 'e01.female <= e01.total', severity: 'error', message: 'Số nữ ({e01.female}) không được lớn hơn tổng số ({e01.total})' },
      { id: 'e02-female-le-total', expression: 'e02.female <= e02.total', severity: 'error', message: 'Số nữ ({e02.female}) không được lớn hơn tổng số ({e02.total})' },
      { id: 'e01-sum', expression: 'e01.female + e01.male == e01.total', severity: 'error', message: 'Nữ cộng nam phải bằng tổng số' },
    ],
  };
}

/** The figures of variant `v`: totals 10–99, women 30–70 % of them, men the rest. */
export function rushValues(variant: number, elements = RUSH_ELEMENTS): Record<string, number> {
  const values: Record<string, number> = {};
  for (let n = 1; n <= elements; n += 1) {
    const total = 10 + ((variant * 7 + n * 13) % 90);
    const female = Math.floor((total * (3 + ((variant + n) % 5))) / 10);
    const code = elementCode(n);
    values[`${code}.total`] = total;
    values[`${code}.female`] = female;
    values[`${code}.male`] = total - female;
  }
  return values;
}

export const variantOf = (unitId: number) => (Math.imul(unitId, 0x9e3779b1) >>> 0) % RUSH_VARIANTS;

export interface RushSubmission {
  unitId: number;
  code: string;
  provinceId: number;
  variant: number;
  /** Ids of the units above the school (the Ministry first): the rollups its figures count in. */
  ancestors: number[];
}

/** Every school once, in a shuffled national order (a deadline rush comes from everywhere at once). */
export function planRush(dataset: Dataset, seed = 2026): RushSubmission[] {
  const plan = dataset.byLevel[3].map((id) => {
    const unit = dataset.unitsById.get(id)!;
    return { unitId: id, code: unit.code, provinceId: unit.provinceId!, variant: variantOf(id), ancestors: unit.path.split('.').slice(0, -1).map(Number) };
  });
  return createRandom(seed).shuffle(plan);
}

/** The totals each unit above the schools must show once `submitted` have been counted. */
export function expectedTotals(submitted: readonly RushSubmission[], elements = RUSH_ELEMENTS): Map<number, RollupTotals> {
  const variants = Array.from({ length: RUSH_VARIANTS }, (_, v) => rushValues(v, elements));
  const perUnit = new Map<number, number[]>();
  for (const submission of submitted) {
    for (const id of submission.ancestors) {
      let counts = perUnit.get(id);
      if (!counts) perUnit.set(id, (counts = new Array<number>(RUSH_VARIANTS).fill(0)));
      counts[submission.variant]! += 1;
    }
  }
  const totals = new Map<number, RollupTotals>();
  for (const [id, counts] of perUnit) {
    const unitTotals: RollupTotals = {};
    const reporting = counts.reduce((a, b) => a + b, 0);
    counts.forEach((n, v) => {
      if (n === 0) return;
      for (const [key, value] of Object.entries(variants[v]!)) {
        const cell = (unitTotals[key] ??= { sum: 0, reportingUnits: reporting });
        cell.sum += n * value;
      }
    });
    totals.set(id, unitTotals);
  }
  return totals;
}

/** Keys whose cells differ between two sets of totals (a key missing on one side differs). */
export function differingKeys(a: RollupTotals, b: RollupTotals): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => a[key]?.sum !== b[key]?.sum || a[key]?.reportingUnits !== b[key]?.reportingUnits).sort();
}

export interface BenchOfficer extends SignedInSession {
  username: string;
  provinceId: number;
}

/** The committee head at the Ministry who issues the campaign, and one officer per province; shared password hash. */
export async function createRushAccounts(database: Database, dataset: Dataset): Promise<{ ministry: Actor; officers: { username: string; provinceId: number }[] }> {
  const ministryId = dataset.byLevel[0][0]!;
  const people = [
    { username: 'bench.ministry', fullName: 'Phạm Thị Ban Hành', unitId: ministryId, role: 'committee_head' },
    ...dataset.byLevel[1].map((provinceId, p) => ({ username: `bench.officer.${String(p + 1).padStart(2, '0')}`, fullName: `Lê Thị Cán Bộ ${p + 1}`, unitId: provinceId, role: 'officer' })),
  ].map((person) => ({ ...person, fullName: normalizeText(person.fullName) }));
  const users = await database.query<{ id: number; username: string }>(
    `insert into users (username, full_name, password_hash, search_key)
     select p.username, p.full_name, (select password_hash from users where username = $4), p.search_key
       from unnest($1::text[], $2::text[], $3::text[]) as p(username, full_name, search_key)
     returning id, username`,
    [people.map((p) => p.username), people.map((p) => p.fullName), people.map((p) => toSearchKey(`${p.username} ${p.fullName} `)), dataset.admin.username],
  );
  const idOf = new Map(users.map((u) => [u.username, u.id]));
  const roles = await database.query<{ id: number; userId: number }>(
    `insert into user_roles (user_id, unit_id, role) select * from unnest($1::int[], $2::int[], $3::text[]) returning id, user_id as "userId"`,
    [people.map((p) => idOf.get(p.username)!), people.map((p) => p.unitId), people.map((p) => p.role)],
  );
  const head = people[0]!;
  const headId = idOf.get(head.username)!;
  const ministry: Actor = {
    userId: headId,
    username: head.username,
    roleId: roles.find((r) => r.userId === headId)!.id,
    role: 'committee_head',
    unitId: ministryId,
    unitPath: dataset.unitsById.get(ministryId)!.path,
  };
  return { ministry, officers: people.slice(1).map((p) => ({ username: p.username, provinceId: p.unitId })) };
}

export interface BenchCampaignOptions {
  templateCode: string;
  templateName: string;
  campaignName: string;
  period: z.input<typeof createCampaignBody>['period'];
  /** Kinds asked besides every kind of school (a province's, for a report above the schools). */
  alsoKinds?: string[];
}

/** Publishes a template of the 150-key rush definition and issues its campaign from the Ministry to every kind of school (and `alsoKinds`). */
export async function issueBenchCampaign(database: Database, dataset: Dataset, ministry: Actor, options: BenchCampaignOptions): Promise<{ campaignId: number; templateVersionId: number; expectedReports: number }> {
  const template = await createTemplate(database, dataset.admin, createTemplateBody.parse({ code: options.templateCode, name: options.templateName, definition: rushDefinition() }));
  const templateVersionId = template.versions[0]!.id;
  await publishVersion(database, dataset.admin, templateVersionId);
  const kindCodes = [...(options.alsoKinds ?? []), ...new Set(dataset.byLevel[3].map((id) => dataset.unitsById.get(id)!.kind))];
  const kinds = await database.query<{ id: number }>('select id from unit_kinds where code = any($1::text[]) order by id', [kindCodes]);
  const today = todayInVietnam();
  const campaign = await createCampaign(
    database,
    ministry,
    createCampaignBody.parse({
      name: options.campaignName,
      templateVersionId,
      period: options.period,
      asOf: addDays(today, -1),
      opensOn: addDays(today, -10),
      deadline: addDays(today, 10),
      rollupBasis: ROLLUP_BASIS,
      respondentKindIds: kinds.map((k) => k.id),
    }),
  );
  return { campaignId: campaign.id, templateVersionId, expectedReports: campaign.completeness.expected };
}

/** The rush's campaign: the 150-key template, issued from the Ministry to every kind of school. */
export function issueRushCampaign(database: Database, dataset: Dataset, ministry: Actor): Promise<{ campaignId: number; templateVersionId: number; expectedReports: number }> {
  return issueBenchCampaign(database, dataset, ministry, {
    templateCode: RUSH_TEMPLATE_CODE,
    templateName: 'Báo cáo số liệu bình đẳng giới (benchmark)',
    campaignName: 'Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026 (benchmark)',
    period: { kind: 'half-year', year: 2026, half: 1 },
  });
}

export interface RushVerification {
  reports: number;
  submitted: number;
  /** Reports in any other state. */
  unsubmitted: number;
  /** 2xx answers the rush received. */
  acknowledged: number;
  valueKeys: number;
  expectedValueKeys: number;
  /** Submitted reports whose values are not exactly the 150 keys, or whose figures are not the ones sent. */
  reportsWithWrongKeyCount: number;
  reportsWithWrongFigures: number;
  snapshots: number;
  reportsWithSnapshots: number;
  /** Snapshots beyond the first of a report: a second submission. */
  extraSnapshots: number;
  submitAudits: number;
  distinctSubmitAudits: number;
  rollups: {
    /** Units above the schools (the Ministry, provinces, communes). */
    units: number;
    checked: number;
    /** Live rollup ≠ SQL recomputation from the reports. */
    liveVsRecomputed: number;
    /** Live rollup ≠ the sum of the figures acknowledged. */
    liveVsSent: number;
    /** Live completeness counts ≠ a recount of the reports. */
    factsVsRecount: number;
    examples: string[];
    elapsedMs: number;
  };
  /** Everything above that must be zero, added up. */
  problems: number;
}

/** What must be zero after a rush: a report submitted without an answer (or the reverse), a value lost or doubled, a second snapshot, a rollup off. */
export function countProblems(v: Omit<RushVerification, 'problems'>): number {
  return (
    Math.abs(v.submitted - v.acknowledged) +
    (v.valueKeys === v.expectedValueKeys ? 0 : 1) +
    v.reportsWithWrongKeyCount +
    v.reportsWithWrongFigures +
    Math.abs(v.snapshots - v.submitted) +
    v.extraSnapshots +
    (v.submitAudits - v.distinctSubmitAudits) +
    Math.abs(v.distinctSubmitAudits - v.submitted) +
    v.rollups.liveVsRecomputed +
    v.rollups.liveVsSent +
    v.rollups.factsVsRecount
  );
}

async function verifyRush(
  database: Database,
  dataset: Dataset,
  campaignId: number,
  acknowledged: RushSubmission[],
  options: { concurrency: number; maxMs: number; log: (m: string) => void },
): Promise<RushVerification> {
  const [reports] = await database.query<{ reports: number; submitted: number; keys: number; wrongKeys: number }>(
    `select count(*)::int as reports, count(*) filter (where r.state = 'submitted')::int as submitted,
            coalesce(sum(k.n) filter (where r.state = 'submitted'), 0)::float8 as keys,
            count(*) filter (where r.state = 'submitted' and k.n <> $2)::int as "wrongKeys"
       from campaign_reports r cross join lateral (select count(*) as n from jsonb_object_keys(r.values)) k
      where r.campaign_id = $1`,
    [campaignId, RUSH_ELEMENTS * 3],
  );
  // Each report's sum of figures against the sum of the variant its school sent.
  const sums = await database.query<{ unitId: number; total: number }>(
    `select unit_id as "unitId", (select coalesce(sum(v::numeric), 0) from jsonb_each_text(values) as kv(k, v))::float8 as total
       from campaign_reports where campaign_id = $1 and state = 'submitted'`,
    [campaignId],
  );
  const variantSums = Array.from({ length: RUSH_VARIANTS }, (_, v) => Object.values(rushValues(v)).reduce((a, b) => a + b, 0));
  const sentBy = new Map(acknowledged.map((s) => [s.unitId, s]));
  const wrongFigures = sums.filter((row) => {
    const sent = sentBy.get(row.unitId);
    return !sent || variantSums[sent.variant] !== row.total;
  }).length;
  // No joins below: right after a rush the planner's statistics still describe empty tables,
  // and a join (above all one on entity_id = id::text) can become a nested loop over 54,000².
  const reportIds = (await database.query<{ id: number }>('select id from campaign_reports where campaign_id = $1', [campaignId])).map((r) => r.id);
  const [snapshots] = await database.query<{ snapshots: number; reports: number; extra: number }>(
    `select count(*)::int as snapshots, count(distinct report_id)::int as reports, count(*) filter (where seq <> 1)::int as extra
       from campaign_report_snapshots where report_id = any($1::int[])`,
    [reportIds],
  );
  const ofCampaign = new Set(reportIds.map(String));
  const submitAudits = await database.query<{ entityId: string; n: number }>(
    `select entity_id as "entityId", count(*)::int as n from audit_log where action = 'report.submit' and entity_type = 'campaign_report' group by entity_id`,
  );
  const audits = submitAudits.filter((a) => ofCampaign.has(a.entityId));

  // The live rollup of every unit above the schools, against the recomputation and what was sent.
  const expected = expectedTotals(acknowledged);
  const units = [...dataset.byLevel[0], ...dataset.byLevel[1], ...dataset.byLevel[2]];
  const states = countedStates(ROLLUP_BASIS);
  const examples: string[] = [];
  let liveVsRecomputed = 0;
  let liveVsSent = 0;
  let factsVsRecount = 0;
  let checked = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  let lastLog = started;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < units.length && performance.now() < deadline) {
        const id = units[next++]!;
        const unit = dataset.unitsById.get(id)!;
        const live = await readRollup(database.db, campaignId, id);
        const recomputed = await recomputeRollup(database.db, campaignId, unit.path, states);
        const liveFacts = factCountsOf(await readFactGroups(database.db, [{ campaignId, unitId: id }]));
        const recountedFacts = factCountsOf(await groupReportFacts(database.db, [campaignId], unit.path));
        if (JSON.stringify(liveFacts) !== JSON.stringify(recountedFacts)) {
          factsVsRecount += 1;
          if (examples.length < 5) examples.push(`${unit.code} completeness: live ${JSON.stringify(liveFacts)}, recounted ${JSON.stringify(recountedFacts)}`);
        }
        const againstSql = differingKeys(live, recomputed);
        const againstSent = differingKeys(live, expected.get(id) ?? {});
        if (againstSql.length > 0) liveVsRecomputed += 1;
        if (againstSent.length > 0) liveVsSent += 1;
        if ((againstSql.length > 0 || againstSent.length > 0) && examples.length < 5) {
          const key = againstSql[0] ?? againstSent[0]!;
          examples.push(`${unit.code} ${key}: live ${JSON.stringify(live[key] ?? null)}, recomputed ${JSON.stringify(recomputed[key] ?? null)}, sent ${JSON.stringify(expected.get(id)?.[key] ?? null)}`);
        }
        checked += 1;
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          options.log(`rush · rollups checked ${checked.toLocaleString('en-US')}/${units.length.toLocaleString('en-US')}`);
        }
      }
    }),
  );

  const unsubmitted = reports!.reports - reports!.submitted;
  const expectedValueKeys = acknowledged.length * RUSH_ELEMENTS * 3;
  const verification: Omit<RushVerification, 'problems'> = {
    reports: reports!.reports,
    submitted: reports!.submitted,
    unsubmitted,
    acknowledged: acknowledged.length,
    valueKeys: reports!.keys,
    expectedValueKeys,
    reportsWithWrongKeyCount: reports!.wrongKeys,
    reportsWithWrongFigures: wrongFigures,
    snapshots: snapshots!.snapshots,
    reportsWithSnapshots: snapshots!.reports,
    extraSnapshots: snapshots!.extra,
    submitAudits: audits.reduce((sum, a) => sum + a.n, 0),
    distinctSubmitAudits: audits.length,
    rollups: { units: units.length, checked, liveVsRecomputed, liveVsSent, factsVsRecount, examples, elapsedMs: Math.round(performance.now() - started) },
  };
  return { ...verification, problems: countProblems(verification) };
}

export interface RushedCampaign {
  campaignId: number;
  templateVersionId: number;
  valueKeys: number;
  schools: number;
  /** Reports the campaign expects (one per open school). */
  expectedReports: number;
  /** Each province's officer, signed in, by province id. */
  officers: Map<number, BenchOfficer>;
  issueMs: number;
  /** The VACUUM ANALYZE after the rush. */
  vacuumMs: number;
  concurrency: number;
  plan: RushSubmission[];
  load: HttpLoadResult;
  monitor: MonitorReport;
  verification: RushVerification;
}

export interface RushOptions {
  concurrency?: number;
  /** Wall-time bound of the rush itself. */
  maxMs?: number;
}

/** Makes the rushed campaign (steps 1–6 of the header). */
export async function rushCampaign(context: ScenarioContext, options: RushOptions = {}): Promise<RushedCampaign> {
  const { database, dataset, postgresUrl } = await context.nation();
  const api = await context.api();
  const driver = context.driver ?? 'no database';
  const concurrency = options.concurrency ?? RUSH_CONCURRENCY;

  const { ministry, officers: accounts } = await createRushAccounts(database, dataset);
  const issueStarted = performance.now();
  const issued = await issueRushCampaign(database, dataset, ministry);
  const issueMs = performance.now() - issueStarted;
  context.log(`${driver} · rush: campaign ${issued.campaignId} issued to ${issued.expectedReports.toLocaleString('en-US')} schools in ${(issueMs / 1000).toFixed(1)} s; signing in ${accounts.length} province officers`);
  const officers = new Map<number, BenchOfficer>();
  for (const account of accounts) officers.set(account.provinceId, { ...account, ...(await api.signIn(account.username, dataset.password)) });

  const plan = planRush(dataset);
  const provinces = dataset.byLevel[1];
  const sessionIndex = new Map(provinces.map((id, i) => [id, i]));
  const bodies = Array.from({ length: RUSH_VARIANTS }, (_, v) => JSON.stringify({ values: rushValues(v), submit: true }));
  const path = (code: string) => `/api/data/campaigns/${issued.campaignId}/units/${encodeURIComponent(code)}`;
  const warmup = plan.slice(0, context.quick ? 50 : 200).map((s) => path(s.code));
  const maxMs = options.maxMs ?? (context.quick ? 300_000 : 1_200_000);

  context.log(`${driver} · rush: ${plan.length.toLocaleString('en-US')} schools submit ${RUSH_ELEMENTS * 3} values each, ${concurrency} in flight (at most ${Math.round(maxMs / 60_000)} min)`);
  const monitor = await startMonitor({ database, postgresUrl });
  let load: HttpLoadResult;
  try {
    load = await httpLoad({
      baseUrl: api.baseUrl,
      cookie: api.adminCookie,
      paths: plan.map((s) => path(s.code)),
      warmupPaths: warmup,
      concurrency,
      maxMs,
      write: {
        method: 'PUT',
        bodies,
        bodyOf: plan.map((s) => s.variant),
        sessions: provinces.map((id) => officers.get(id)!),
        sessionOf: plan.map((s) => sessionIndex.get(s.provinceId)!),
      },
    });
  } catch (error) {
    await monitor.stop();
    throw error;
  }
  const report = await monitor.stop();
  context.log(`${driver} · rush: ${load.samples.length.toLocaleString('en-US')} submissions in ${(load.elapsedMs / 1000).toFixed(1)} s (${Math.round(load.throughput)}/s)`);

  // What autovacuum would have done by now, as generate.ts does after the nation: the rush
  // left two dead versions of every report, and statistics that still describe an empty
  // campaign (PGlite has no autovacuum at all; the reads after a rush without this: README).
  const vacuumStarted = performance.now();
  await database.query('vacuum analyze campaign_reports, campaign_rollups, campaign_report_snapshots, audit_log');
  const vacuumMs = performance.now() - vacuumStarted;
  context.log(`${driver} · rush: vacuum analyze of the campaign tables in ${(vacuumMs / 1000).toFixed(1)} s; verifying`);

  const acknowledged = plan.filter((_, i) => load.statuses[i]! >= 200 && load.statuses[i]! < 300);
  const verification = await verifyRush(database, dataset, issued.campaignId, acknowledged, {
    concurrency: database.driver === 'postgres' ? 4 : 1,
    maxMs: context.quick ? 180_000 : 900_000,
    log: context.log,
  });
  context.log(
    `${driver} · rush: ${verification.submitted.toLocaleString('en-US')} submitted, ${verification.valueKeys.toLocaleString('en-US')} values, ${verification.rollups.checked.toLocaleString('en-US')} rollups checked, ${verification.problems} problem(s)`,
  );
  return {
    campaignId: issued.campaignId,
    templateVersionId: issued.templateVersionId,
    valueKeys: dataElementsOf(templateDefinitionSchema.parse(rushDefinition())).flatMap(valueKeysOf).length,
    schools: plan.length,
    expectedReports: issued.expectedReports,
    officers,
    issueMs,
    vacuumMs,
    concurrency,
    plan,
    load,
    monitor: report,
    verification,
  };
}
