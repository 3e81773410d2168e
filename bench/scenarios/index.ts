/** Every scenario, in the order they run. A new scenario: one file here, one line below. */
import type { Scenario } from '../context.ts';
import { childrenScenario } from './children.ts';
import { policyScenario } from './policy.ts';
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
  webScenario,
];
