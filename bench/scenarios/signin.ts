/**
 * Scenario "signin": an unknown user and a wrong password must get the same answer in
 * the same time, or the timing tells an attacker which usernames exist. POST /api/auth/login
 * alternately for a username that does not exist and for a real one with a wrong password
 * (it locks after five failures; a locked account still verifies the password, so the cost
 * stays the same). Reported: both distributions and the gap between their medians.
 */
import { createUserInTx } from '../../server/modules/users/users.service.ts';
import type { Measurement, Scenario } from '../context.ts';
import { timeLoop } from '../measure.ts';
import { summarize } from '../stats.ts';

export const signinScenario: Scenario = {
  name: 'signin',
  title: 'sign-in: unknown user vs wrong password, same answer and same time',
  perDatabase: true,
  async run(context) {
    const { database, dataset } = await context.nation();
    const api = await context.api();
    const username = `bench.signin.${Date.now()}`;
    await database.db.transaction((tx) =>
      createUserInTx(tx, null, { username, fullName: 'Người thử đăng nhập', email: null, password: 'MatKhauDung2025', role: 'viewer', unitId: dataset.byLevel[3][0]! }, { mustChangePassword: false }),
    );
    const count = context.quick ? 40 : 200;
    const attempt = (name: string) => async () => {
      const response = await fetch(`${api.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: name, password: 'sai-mat-khau' }),
      });
      await response.text();
      if (response.status !== 401 && response.status !== 423) throw new Error(`unexpected ${response.status}`);
    };
    context.log(`signin · ${count} unknown users and ${count} wrong passwords, interleaved`);
    const unknownSamples: number[] = [];
    const wrongSamples: number[] = [];
    // Interleave the two, so load on the machine touches both alike.
    for (let round = 0; round < 4; round++) {
      const unknown = await timeLoop(attempt(`khong.ton.tai.${round}`), { count: count / 4, warmup: round === 0 ? 5 : 0, concurrency: 1, maxMs: 60_000 });
      const wrong = await timeLoop(attempt(username), { count: count / 4, warmup: 0, concurrency: 1, maxMs: 60_000 });
      unknownSamples.push(...unknown.samples);
      wrongSamples.push(...wrong.samples);
    }
    const unknownStats = summarize(unknownSamples);
    const wrongStats = summarize(wrongSamples);
    const gap = Math.abs(unknownStats.p50 - wrongStats.p50);
    const results: Measurement[] = [
      { scenario: 'signin', label: 'unknown user (401)', database: context.driver!, unit: 'ms', stats: unknownStats },
      {
        scenario: 'signin',
        label: 'wrong password (401, then 423 once locked)',
        database: context.driver!,
        unit: 'ms',
        stats: wrongStats,
        details: { medianGapMs: gap, medianGapShare: gap / Math.max(unknownStats.p50, wrongStats.p50) },
      },
    ];
    return results;
  },
};
