/**
 * The live-rollup invariant, on the real database: after any sequence of saves, submits,
 * returns, approvals, reopenings, exemptions, deadline extensions and schools moving to
 * another commune, every unit's maintained totals and completeness counts equal the
 * recount from the reports below it — on every rollup basis. And concurrent submissions
 * lose nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import type { Actor } from '../../lib/policy.ts';
import { AppError } from '../../lib/errors.ts';
import { moveUnit } from '../units/units.service.ts';
import { actorOfUsername } from '../users/users.service.ts';
import type { RollupBasis } from '../../../common/campaigns/rollup.ts';
import { createCampaign, exemptUnit, extendDeadline, liftExemption } from './campaigns.service.ts';
import { approveReport, reopenReport, returnReport, saveReport, submitReport } from './reports.service.ts';
import { readRollup } from './rollups.service.ts';
import { campaignBody, expectLiveEqualsRecount, goodContent, publishSmallTemplate } from './campaigns.fixtures.ts';
import { addDays } from '../../../common/text/calendar-dates.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import { signIn } from '../../test/harness.ts';

let ctx: TestContext;
let tree: TestTree;
let versionId: number;
let head: Actor; // committee head at the Ministry: fills on behalf of any unit, reviews everything below
let admin: Actor;


beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'truongban.bo', 'committee_head', 'BO');
  versionId = await publishSmallTemplate(ctx.app, await signIn(ctx.app, 'sysadmin'));
  head = await actorOfUsername(ctx.database.db, 'truongban.bo');
  admin = await actorOfUsername(ctx.database.db, 'sysadmin');
});
afterAll(() => ctx.close());

const SCHOOLS = ['TR-A1A', 'TR-A1B', 'TR-A2A', 'TR-B1A'] as const;
const COMMUNES = ['XA-A1', 'XA-A2', 'XA-B1'] as const;
const REPORTERS = [...SCHOOLS, ...COMMUNES, 'SO-A', 'SO-B'] as const;

type Operation =
  | { kind: 'save' | 'submit'; unit: (typeof REPORTERS)[number]; staff: number; female: number }
  | { kind: 'return' | 'approve' | 'reopen' | 'exempt' | 'lift'; unit: (typeof REPORTERS)[number] }
  | { kind: 'extend'; unit: (typeof REPORTERS)[number]; days: number }
  | { kind: 'move'; school: (typeof SCHOOLS)[number]; commune: (typeof COMMUNES)[number] };

const unitArb = fc.constantFrom(...REPORTERS);
const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save' as const), unit: unitArb, staff: fc.integer({ min: 0, max: 500 }), female: fc.integer({ min: 0, max: 500 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('submit' as const), unit: unitArb, staff: fc.integer({ min: 0, max: 500 }), female: fc.integer({ min: 0, max: 500 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('return' as const, 'approve' as const, 'reopen' as const, 'exempt' as const, 'lift' as const), unit: unitArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extend' as const), unit: unitArb, days: fc.integer({ min: -3, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), school: fc.constantFrom(...SCHOOLS), commune: fc.constantFrom(...COMMUNES) }) },
);

async function reportIdOf(campaignId: number, code: string): Promise<{ id: number; version: number }> {
  const [row] = await ctx.database.query<{ id: number; version: number }>(
    'select r.id, r.version from campaign_reports r join units u on u.id = r.unit_id where r.campaign_id = $1 and u.code = $2',
    [campaignId, code],
  );
  return row!;
}

let moveDay = 0;

/** Runs one operation; a refusal (wrong state, invalid figures) is part of the game and must change nothing. */
async function run(campaignId: number, op: Operation): Promise<void> {
  try {
    if (op.kind === 'move') {
      moveDay += 1;
      const day = new Date(Date.UTC(2030, 0, 1) + moveDay * 86_400_000).toISOString().slice(0, 10);
      await moveUnit(ctx.database, admin, tree.ids[op.school]!, tree.ids[op.commune]!, day);
      return;
    }
    const unitId = tree.ids[op.unit]!;
    const report = await reportIdOf(campaignId, op.unit);
    switch (op.kind) {
      case 'save':
      case 'submit': {
        // Figures that pass the rules (an explanation covers the managers warning), so a submit can succeed.
        const content = goodContent(op.staff, Math.min(op.female, op.staff));
        const saved = await saveReport(ctx.database, head, report.id, {
          version: report.version,
          values: content.values,
          answers: content.answers,
          responses: { explanations: { 'managers-female': 'Giải trình' }, confirmations: ['events-any'] },
        });
        if (op.kind === 'submit') await submitReport(ctx.database, head, report.id, { version: saved.version });
        return;
      }
      case 'return':
        await returnReport(ctx.database, head, report.id, { version: report.version, comment: 'Xem lại' });
        return;
      case 'approve':
        await approveReport(ctx.database, head, report.id, { version: report.version });
        return;
      case 'reopen':
        await reopenReport(ctx.database, head, report.id, { version: report.version });
        return;
      case 'exempt':
        await exemptUnit(ctx.database, head, campaignId, unitId, 'Miễn nộp thử');
        return;
      case 'lift':
        await liftExemption(ctx.database, head, campaignId, unitId);
        return;
      case 'extend':
        await extendDeadline(ctx.database, head, campaignId, unitId, addDays(todayInVietnam(), op.days), 'Gia hạn thử');
        return;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

async function assertRollupsEqualRecomputed(campaignId: number, basis: RollupBasis) {
  const units = await ctx.database.query<{ id: number; path: string }>('select id, path::text as path from units');
  for (const unit of units) await expectLiveEqualsRecount(ctx.database.db, campaignId, unit, basis);
}

describe('live rollups', () => {
  it('equal the sum recomputed from the leaves after any sequence of operations, moves included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<RollupBasis>('drafts', 'submitted', 'approved'), fc.array(operationArb, { minLength: 1, maxLength: 14 }), async (basis, operations) => {
        const kinds = [tree.kinds.SO!, tree.kinds.XA!, tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!];
        const campaign = await createCampaign(ctx.database, head, campaignBody(versionId, kinds, { rollupBasis: basis }) as never);
        for (const op of operations) await run(campaign.id, op);
        await assertRollupsEqualRecomputed(campaign.id, basis);
      }),
      { numRuns: 40 },
    );
    // 40 sequences on a real database: seconds on a quiet machine, far more on a loaded CI box.
  }, 300_000);

  it('lose nothing when many units submit at the same moment', async () => {
    const kinds = [tree.kinds.SO!, tree.kinds.XA!, tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!];
    const campaign = await createCampaign(ctx.database, head, campaignBody(versionId, kinds, { rollupBasis: 'submitted' }) as never);
    await Promise.all(
      REPORTERS.map(async (code, i) => {
        const report = await reportIdOf(campaign.id, code);
        const content = goodContent(10 + i, 5);
        await saveReport(ctx.database, head, report.id, { version: report.version, values: content.values, answers: content.answers, responses: { explanations: {}, confirmations: ['events-any'] } });
        await submitReport(ctx.database, head, report.id, { version: report.version + 1 });
      }),
    );
    const root = await readRollup(ctx.database.db, campaign.id, tree.ids.BO!);
    expect(root['staff.total']).toEqual({ sum: REPORTERS.reduce((sum, _, i) => sum + 10 + i, 0), reportingUnits: REPORTERS.length });
    await assertRollupsEqualRecomputed(campaign.id, 'submitted');
  });
});
