/**
 * Scenario "policy": the subtree check every request makes — loadUnitFor(db, actor, id)
 * from the units service (load the unit, may this actor read it?), in-process, for units
 * inside and outside the actor's subtree; and can() alone, the pure rule. Floor: the
 * unit lookup (units.repo findUnitCore) by itself.
 */
import { AppError } from '../../server/lib/errors.ts';
import { can } from '../../server/lib/policy.ts';
import { findUnitCore } from '../../server/modules/units/units.repo.ts';
import { loadUnitFor } from '../../server/modules/units/units.service.ts';
import { todayInVietnam } from '../../common/text/format.ts';
import type { Measurement, Scenario } from '../context.ts';
import { timeLoop, timeSync } from '../measure.ts';
import { summarize } from '../stats.ts';
import { pickTargets, type Who } from '../targets.ts';

export const policyScenario: Scenario = {
  name: 'policy',
  title: 'the subtree policy check (loadUnitFor, and can() alone), in-process',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const count = context.quick ? 500 : 3000;
    const today = todayInVietnam();
    const results: Measurement[] = [];
    const goal = { metric: 'p95', limit: 1, unit: 'ms' } as const;

    for (const who of ['admin', 'province'] as Who[]) {
      const actor = who === 'admin' ? dataset.admin : dataset.provinceAdmin;
      const targets = pickTargets(dataset, who, count + 200, { outsideShare: 0.5, seed: who === 'admin' ? 21 : 22 });
      const at = (i: number) => targets[i < 0 ? count - 1 - i : i]!;
      const wrong: string[] = [];
      context.log(`policy · ${who}: ${count} checks`);
      const checks = await timeLoop(
        async (i) => {
          const target = at(i);
          let allowed = true;
          try {
            await loadUnitFor(database.db, actor, target.id);
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
            allowed = false;
          }
          if (allowed !== target.inside && wrong.length < 5) wrong.push(`unit ${target.id}: ${allowed ? 'allowed' : 'refused'}`);
        },
        { count, warmup: 200, concurrency: 1, maxMs: 60_000 },
      );
      const floor = await timeLoop(async (i) => findUnitCore(database.db, at(i).id, today), { count, warmup: 100, concurrency: 1, maxMs: 60_000 });
      results.push({
        scenario: 'policy',
        label: `loadUnitFor, ${who === 'admin' ? 'system admin' : 'province admin (50% outside)'}`,
        database: context.driver!,
        unit: 'ms',
        stats: summarize(checks.samples),
        floor: summarize(floor.samples),
        goal,
        ...(wrong.length > 0 ? { error: `wrong decisions: ${wrong.join('; ')}` } : {}),
      });
    }

    // The rule alone: no database, so it is the same on both drivers; timed call by call.
    const actor = dataset.provinceAdmin;
    const paths = dataset.units.map((u) => ({ path: u.path }));
    const calls = context.quick ? 20_000 : 200_000;
    let allowed = 0;
    const samples = timeSync((i) => {
      if (can(actor, 'unit:read', paths[(i * 7919) % paths.length]!)) allowed += 1;
    }, calls);
    results.push({
      scenario: 'policy',
      label: 'can() alone (pure rule)',
      database: context.driver!,
      unit: 'ms',
      stats: summarize(samples),
      goal,
      details: { allowed, calls: samples.length },
    });
    return results;
  },
};
