/** Every scenario, in the order they run. A new scenario: one file here, one line below. */
import type { Scenario } from '../context.ts';
import { boardScenario } from './board.ts';
import { childrenScenario } from './children.ts';
import { formScenario } from './form.ts';
import { documentsScenario } from './documents.ts';
import { planImportScenario } from './plan-import.ts';
import { policyScenario } from './policy.ts';
import { reportExportScenario } from './report-export.ts';
import { rollupReadScenario } from './rollup-read.ts';
import { rosterImportScenario } from './roster-import.ts';
import { rosterStatsScenario } from './roster-stats.ts';
import { rushScenario } from './rush.ts';
import { searchScenario } from './search.ts';
import { signinScenario } from './signin.ts';
import { startupScenario } from './startup.ts';
import { webScenario } from './web.ts';

export const SCENARIOS: readonly Scenario[] = [
  childrenScenario,
  searchScenario,
  policyScenario,
  signinScenario,
  startupScenario,
  // The rush fills the campaign the two after it read (context.campaign(), shared).
  rushScenario,
  rollupReadScenario,
  boardScenario,
  rosterStatsScenario,
  rosterImportScenario,
  planImportScenario,
  documentsScenario,
  reportExportScenario,
  webScenario,
  formScenario,
];
