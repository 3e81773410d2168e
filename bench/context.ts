/**
 * What a scenario receives and returns. A scenario is one file in bench/scenarios/ and
 * one line in bench/scenarios/index.ts: it asks the context for what it needs (the
 * generated national database, a running API with signed-in users, an empty PostgreSQL
 * database) and returns measurements, each judged against its goal.
 */
import type { Database, DriverName } from '../server/db/client.ts';
import type { RushedCampaign } from './campaign.ts';
import type { Dataset } from './generate.ts';
import type { Stats } from './stats.ts';

export type { DriverName };

/** Milliseconds, kilobytes, a rate (per second) or a number of things (problems found). */
export type MeasurementUnit = 'ms' | 'KB' | '/s' | 'count';

export interface Goal {
  /** Which figure the goal is about. */
  metric: 'p95' | 'p99' | 'max' | 'value';
  limit: number;
  unit: MeasurementUnit;
  /** 'at-most' (the default): the figure must not exceed the limit; 'at-least': it must reach it (throughput). */
  bound?: 'at-most' | 'at-least';
}

export interface Measurement {
  scenario: string;
  /** Who or what was measured, e.g. "system admin, 8 concurrent". */
  label: string;
  database: DriverName | '-';
  unit: MeasurementUnit;
  stats?: Stats;
  /** The same question asked of the database directly (no HTTP, no session, no policy). */
  floor?: Stats;
  /** A single figure rather than a distribution (e.g. kilobytes of JavaScript). */
  value?: number;
  goal?: Goal;
  /** The figure compared with the goal, and the verdict. */
  measured?: number;
  pass?: boolean;
  /** Breakdowns (per level, per query), throughput, counts: kept in the JSON file. */
  details?: Record<string, unknown>;
  skipped?: string;
  error?: string;
}

/** Fills `measured` and `pass` from the goal. */
export function judge(measurement: Measurement): Measurement {
  const { goal } = measurement;
  if (!goal || measurement.skipped || measurement.error) return measurement;
  const stats = measurement.stats;
  const measured = goal.metric === 'value' ? measurement.value : goal.metric === 'max' ? stats?.max : goal.metric === 'p99' ? stats?.p99 : stats?.p95;
  if (measured === undefined || Number.isNaN(measured)) return { ...measurement, pass: false };
  return { ...measurement, measured, pass: goal.bound === 'at-least' ? measured >= goal.limit : measured <= goal.limit };
}

export function describeGoal(goal: Goal | undefined): string {
  if (!goal) return '';
  const atLeast = goal.bound === 'at-least';
  if (goal.unit === 'count' && goal.limit === 0 && !atLeast) return 'none';
  const limit = goal.unit === 'ms' && goal.limit >= 1000 ? `${goal.limit / 1000} s` : goal.unit === 'count' ? String(goal.limit) : `${goal.limit} ${goal.unit}`;
  return `${goal.metric === 'value' ? '' : `${goal.metric} `}${atLeast ? '≥' : '≤'} ${limit}`;
}

export interface ApiClient {
  /** http://127.0.0.1:PORT of the real app (buildApp), listening on an ephemeral port. */
  baseUrl: string;
  /** Session cookies ("bd_session=…") of the system admin and of the first province's unit admin. */
  adminCookie: string;
  provinceCookie: string;
  get(path: string, cookie: string): Promise<{ status: number; body: string }>;
  /** Signs another account in: its session cookie, and the CSRF token its state-changing requests must send. */
  signIn(username: string, password: string): Promise<SignedInSession>;
}

export interface SignedInSession {
  cookie: string;
  csrfToken: string;
}

export interface EmptyPostgres {
  url: string;
  drop(): Promise<void>;
}

export interface ScenarioContext {
  /** The driver this run is about; null for scenarios that touch no database. */
  driver: DriverName | null;
  /** A tenth of the scale and of the iterations. */
  quick: boolean;
  repoRoot: string;
  log(message: string): void;
  /**
   * The national database of this driver, generated on first use and shared by the scenarios;
   * `postgresUrl` is its connection string on PostgreSQL (for a monitoring connection of its own), null on PGlite.
   */
  nation(): Promise<{ database: Database; dataset: Dataset; postgresUrl: string | null }>;
  /** The app on 127.0.0.1 over that database, with two users signed in; started on first use. */
  api(): Promise<ApiClient>;
  /**
   * The report campaign of the national deadline rush (bench/campaign.ts): issued by the
   * Ministry to every school and submitted by every school through the API, then verified.
   * Made on first use — by `rush`, or by whichever scenario reads it first — and shared.
   */
  campaign(): Promise<RushedCampaign>;
  /** A new, empty database on the PostgreSQL server, for scenarios that start from nothing. */
  emptyPostgres(): Promise<EmptyPostgres>;
}

export interface Scenario {
  /** Short name, used by --only. */
  name: string;
  /** What it measures, in one line (printed and kept in the JSON). */
  title: string;
  /** Runs once per database (true) or once per run (false). */
  perDatabase: boolean;
  run(context: ScenarioContext): Promise<Measurement[]>;
}
