/**
 * Scenario "rush": the national deadline rush — every school of the nation submits its 150
 * figures through the data API (PUT /api/data/campaigns/:id/units/:code with submit: true),
 * once each, 50 in flight, signed in as its province's officer; the campaign was issued by
 * the Ministry to every school (bench/campaign.ts). Reports the latency of a submission,
 * submissions per second, where the time went (bench/monitor.ts), and the proof that every
 * value arrived exactly once and every live rollup equals the sum of its leaves.
 */
import type { Measurement, Scenario } from '../context.ts';
import { summarize } from '../stats.ts';

/** Submissions per second the national rush must sustain on PostgreSQL. */
const THROUGHPUT_GOAL = 300;

export const rushScenario: Scenario = {
  name: 'rush',
  title: 'the national deadline rush: every school submits 150 values (PUT /api/data/campaigns/:id/units/:code)',
  perDatabase: true,
  async run(context) {
    const rush = await context.campaign();
    const { load, verification: v, monitor } = rush;
    const database = context.driver!;
    const answered = load.statuses.filter((s) => s !== 0);
    const failed = answered.filter((s) => s < 200 || s > 299);
    const byStatus: Record<string, number> = {};
    for (const status of answered) byStatus[status] = (byStatus[status] ?? 0) + 1;
    const failures = failed.length > 0 ? `${failed.length.toLocaleString('en-US')} of ${answered.length.toLocaleString('en-US')} submissions failed: ${load.failures.map((f) => `${rush.plan[f.index]!.code} ${f.status} ${f.body.slice(0, 160)}`).join('; ')}` : undefined;
    const submissions = load.samples.length;
    const perSubmission = (ms: number | null | undefined) => (ms === null || ms === undefined || submissions === 0 ? null : Math.round((ms / submissions) * 100) / 100);
    const pg = monitor.postgres;
    const profile = {
      elapsedSeconds: Math.round(monitor.elapsedMs / 100) / 10,
      serverEventLoopUtilization: monitor.serverEventLoopUtilization,
      serverThreadCpuMsPerSubmission: perSubmission(monitor.serverThreadCpuMs),
      processCpuMsPerSubmission: perSubmission(monitor.processCpuMs),
      pool: monitor.pool,
      ...(pg
        ? {
            databaseActiveMsPerSubmission: perSubmission(pg.counters?.activeTimeMs),
            databaseIdleInTransactionMsPerSubmission: perSubmission(pg.counters?.idleInTransactionTimeMs),
            databaseBackendCpuMsPerSubmission: perSubmission(pg.backendCpuMs),
            commitsPerSubmission: pg.counters ? Math.round((pg.counters.commits / Math.max(1, submissions)) * 100) / 100 : null,
            backends: pg.meanBackends,
            busyShare: pg.busyShare,
            statementShare: pg.statementShare,
            samples: pg.samples,
          }
        : {}),
    };
    const counts = { schools: rush.schools, expectedReports: rush.expectedReports, valueKeysPerReport: rush.valueKeys, submissions, byStatus, stoppedEarly: load.stoppedEarly };
    const results: Measurement[] = [
      {
        scenario: 'rush',
        label: `${rush.schools.toLocaleString('en-US')} schools × ${rush.valueKeys} values, ${rush.concurrency} in flight: latency`,
        database,
        unit: 'ms',
        stats: summarize(load.samples),
        goal: { metric: 'p99', limit: 250, unit: 'ms' },
        ...(failures ? { error: failures } : {}),
        details: { ...counts, issueCampaignMs: Math.round(rush.issueMs), vacuumAnalyzeMs: Math.round(rush.vacuumMs), failures: load.failures },
      },
      {
        scenario: 'rush',
        label: `submissions per second${load.stoppedEarly ? ` (stopped at the time limit after ${submissions.toLocaleString('en-US')})` : ''}`,
        database,
        unit: '/s',
        value: load.throughput,
        goal: { metric: 'value', limit: THROUGHPUT_GOAL, unit: '/s', bound: 'at-least' },
        details: { ...counts, throughputPerSecond: Math.round(load.throughput * 10) / 10, elapsedMs: Math.round(load.elapsedMs), profile },
      },
      {
        scenario: 'rush',
        label: `checks: ${v.submitted.toLocaleString('en-US')} submitted, ${v.valueKeys.toLocaleString('en-US')} values once, ${v.snapshots.toLocaleString('en-US')} snapshots, ${v.rollups.checked.toLocaleString('en-US')}/${v.rollups.units.toLocaleString('en-US')} rollups = recomputed`,
        database,
        unit: 'count',
        value: v.problems,
        goal: { metric: 'value', limit: 0, unit: 'count' },
        details: { ...v },
      },
    ];
    return results;
  },
};
