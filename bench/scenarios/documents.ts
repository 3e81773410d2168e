/**
 * Scenario "documents": official documents written as .docx in the NĐ 30/2020 layout
 * (server/modules/documents), in process, no database — the ten-page plan of
 * documents.fixtures.ts (10 legal bases, 6 parts, ~120 items; 20 runs after 3 warm-ups,
 * goal p95 ≤ 300 ms) and a province's report whose annex lists 2,000 schools × 12 figures
 * (spliced table XML; 5 runs after 1 warm-up, goal p95 ≤ 2 s). Quick mode: fewer runs.
 */
import { reportWithSchoolsAnnex, tenPagePlanDocument } from '../../server/modules/documents/documents.fixtures.ts';
import { renderPlanDocx, renderReportDocx } from '../../server/modules/documents/index.ts';
import type { Measurement, Scenario } from '../context.ts';
import { summarize } from '../stats.ts';

async function timed(run: () => Promise<Buffer>, runs: number, warmUps: number): Promise<{ samples: number[]; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < warmUps; i += 1) bytes = (await run()).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    bytes = (await run()).length;
    samples.push(performance.now() - started);
    // Let the event loop breathe between runs, as requests would.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { samples, bytes };
}

const SCHOOLS = 2000;

export const documentsScenario: Scenario = {
  name: 'documents',
  title: 'official .docx (NĐ 30/2020): a 10-page plan, and a report with a 2,000-school annex table',
  perDatabase: false,
  async run(context) {
    const plan = tenPagePlanDocument();
    const report = reportWithSchoolsAnnex(SCHOOLS);
    const planRuns = context.quick ? 5 : 20;
    const reportRuns = context.quick ? 2 : 5;

    context.log(`documents · plan: ${planRuns} runs`);
    const planResult = await timed(() => renderPlanDocx(plan), planRuns, 3);
    context.log(`documents · report with ${SCHOOLS} schools: ${reportRuns} runs`);
    const reportResult = await timed(() => renderReportDocx(report), reportRuns, 1);

    const results: Measurement[] = [
      {
        scenario: 'documents',
        label: `10-page plan → .docx (${(planResult.bytes / 1024).toFixed(0)} KB)`,
        database: '-',
        unit: 'ms',
        stats: summarize(planResult.samples),
        goal: { metric: 'p95', limit: 300, unit: 'ms' },
        details: { bytes: planResult.bytes, legalBases: plan.legalBases.length, topLevelSections: plan.sections.length },
      },
      {
        scenario: 'documents',
        label: `report + annex of ${SCHOOLS.toLocaleString('en-US')} schools × 12 figures → .docx (${(reportResult.bytes / 1024).toFixed(0)} KB)`,
        database: '-',
        unit: 'ms',
        stats: summarize(reportResult.samples),
        goal: { metric: 'p95', limit: 2000, unit: 'ms' },
        details: { bytes: reportResult.bytes, rows: SCHOOLS, columns: report.annexes[1]!.tables[0]!.columns.length },
      },
    ];
    return results;
  },
};
