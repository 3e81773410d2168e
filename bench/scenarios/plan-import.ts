/**
 * Scenario "plan-import": a 10-page plan (about 45,000 characters: seed 002's body
 * repeated) read the way the web's import reads it — as a .docx through the safe reader
 * and the parser (previewPlanFile), and as pasted text (previewPlanText). No database: the
 * import answers a preview and writes nothing. 30 runs each after 3 warm-ups.
 */
import { previewPlanFile, previewPlanText } from '../../server/modules/plans/plan-import.service.ts';
import { seedDocx } from '../../server/modules/plans/import/plan-file.fixtures.ts';
import { tenPagePlanText } from '../../common/plans/import/fixtures.ts';
import { summarize } from '../stats.ts';
import type { Measurement, Scenario } from '../context.ts';

const RUNS = 30;
const WARM_UPS = 3;

async function timed(run: () => unknown): Promise<number[]> {
  for (let i = 0; i < WARM_UPS; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
    // Let the event loop breathe between runs, as requests would.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return samples;
}

export const planImportScenario: Scenario = {
  name: 'plan-import',
  title: 'a 10-page plan imported from .docx and from pasted text (read, check, parse; nothing written)',
  perDatabase: false,
  async run() {
    const text = tenPagePlanText();
    const docx = await seedDocx(text);
    const sections = (previewPlanText(text).content.sections ?? []).length;
    const details = { characters: text.length, docxBytes: docx.length, topLevelSections: sections };
    const goal = { metric: 'p95', limit: 500, unit: 'ms' } as const;
    const results: Measurement[] = [
      { scenario: 'plan-import', label: `10-page plan (.docx, ${(docx.length / 1024).toFixed(0)} KB)`, database: '-', unit: 'ms', stats: summarize(await timed(() => previewPlanFile({ fileName: 'ke-hoach-10-trang.docx', content: docx }))), goal, details },
      { scenario: 'plan-import', label: `10-page plan (pasted text, ${text.length.toLocaleString('en-US')} characters)`, database: '-', unit: 'ms', stats: summarize(await timed(() => previewPlanText(text))), goal, details },
    ];
    return results;
  },
};
