/**
 * Every campaign and report route × where its target lies relative to the actor — the
 * committee head of Sở A: their own unit, a child (XA-A1), a sibling (SO-B), the parent (BO),
 * and signed out. Outside the subtree a thing does not exist (404); an action the role may
 * not take answers 403; an allowed action on a thing in the wrong state answers 409/422.
 *
 *   BO ⊃ {SO-A ⊃ {XA-A1 ⊃ {TR-A1A, TR-A1B}, XA-A2 ⊃ TR-A2A}, SO-B ⊃ XA-B1 ⊃ TR-B1A}
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import { campaignBody, publishSmallTemplate } from './campaigns.fixtures.ts';

let ctx: TestContext;
let tree: TestTree;
let head: SignedIn;
let versionId: number;
/** Campaign issued by each unit (BO's asks everyone, so own/child/sibling have reports in it). */
const issuedBy: Record<string, number> = {};
const reportIn: Record<string, number> = {};

type Where = 'own' | 'child' | 'sibling' | 'parent';
const TARGET: Record<Where, string> = { own: 'SO-A', child: 'XA-A1', sibling: 'SO-B', parent: 'BO' };

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  const sys = await signIn(ctx.app, 'sysadmin');
  versionId = await publishSmallTemplate(ctx.app, sys);
  const kinds = [tree.kinds.SO!, tree.kinds.XA!, tree.kinds.MN!, tree.kinds.TH!, tree.kinds.THCS!];
  for (const [username, unit] of [['truongban.bo', 'BO'], ['truongban.soa', 'SO-A'], ['truongban.xa', 'XA-A1'], ['truongban.sob', 'SO-B']] as const) {
    await createTestUser(ctx.database, tree, username, 'committee_head', unit);
    const issuer = await signIn(ctx.app, username);
    const created = await as(ctx.app, issuer).post('/api/campaigns', campaignBody(versionId, kinds));
    if (created.statusCode !== 201) throw new Error(created.body);
    issuedBy[unit] = created.json().id;
  }
  const reports = await ctx.database.query<{ id: number; code: string }>(
    `select r.id, u.code from campaign_reports r join units u on u.id = r.unit_id where r.campaign_id = ${issuedBy.BO}`,
  );
  for (const r of reports) reportIn[r.code] = r.id;
  head = await signIn(ctx.app, 'truongban.soa');
});
afterAll(() => ctx.close());

const id = (where: Where) => tree.ids[TARGET[where]]!;
const report = (where: Where) => reportIn[TARGET[where]]!;
const version = async (reportId: number) => (await ctx.database.query<{ version: number }>(`select version from campaign_reports where id = ${reportId}`))[0]!.version;

interface RouteCase {
  name: string;
  call: (who: SignedIn | null, where: Where) => Promise<{ statusCode: number; body: string; json(): { error?: { code: string } } }>;
  expected: Partial<Record<Where, number>>;
}

const READ = { own: 200, child: 200, sibling: 404, parent: 404 };

const cases: RouteCase[] = [
  { name: 'GET /api/campaigns/:id (issued by the target)', call: (w, t) => as(ctx.app, w).get(`/api/campaigns/${issuedBy[TARGET[t]]}`), expected: { own: 200, child: 200, sibling: 404, parent: 200 } },
  { name: 'GET /api/campaigns/:id/board?unitId=', call: (w, t) => as(ctx.app, w).get(`/api/campaigns/${issuedBy.BO}/board?unitId=${id(t)}`), expected: READ },
  { name: 'GET /api/campaigns/:id/rollup?unitId=', call: (w, t) => as(ctx.app, w).get(`/api/campaigns/${issuedBy.BO}/rollup?unitId=${id(t)}`), expected: READ },
  { name: 'GET /api/units/:id/report-matrix', call: (w, t) => as(ctx.app, w).get(`/api/units/${id(t)}/report-matrix`), expected: READ },
  {
    name: 'POST /api/campaigns (issued by the target)',
    call: (w, t) => as(ctx.app, w).post('/api/campaigns', { ...campaignBody(versionId, [tree.kinds.MN!, tree.kinds.THCS!, tree.kinds.TH!]), issuerUnitId: id(t) }),
    expected: { own: 201, child: 201, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/campaigns/:id/exemptions (own campaign, the target unit)',
    call: (w, t) => as(ctx.app, w).post(`/api/campaigns/${issuedBy['SO-A']}/exemptions`, { unitId: id(t), reason: 'Thử' }),
    // Sở A is the issuer, not a respondent, of its own campaign.
    expected: { own: 404, child: 200, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/campaigns/:id/extensions (own campaign, the target unit)',
    call: (w, t) => as(ctx.app, w).post(`/api/campaigns/${issuedBy['SO-A']}/extensions`, { unitId: id(t), deadline: '2099-12-31', reason: 'Thử' }),
    expected: { own: 404, child: 200, sibling: 404, parent: 404 },
  },
  {
    name: 'POST /api/campaigns/:id/extensions (the Ministry\'s campaign)',
    call: (w, t) => as(ctx.app, w).post(`/api/campaigns/${issuedBy.BO}/extensions`, { unitId: id(t), deadline: '2099-12-31', reason: 'Thử' }),
    // Only the issuer (or above) manages a campaign.
    expected: { own: 403, child: 403, sibling: 403, parent: 403 },
  },
  { name: 'GET /api/reports/:id', call: (w, t) => as(ctx.app, w).get(`/api/reports/${report(t)}`), expected: { own: 200, child: 200, sibling: 404 } },
  {
    name: 'PUT /api/reports/:id',
    call: async (w, t) => as(ctx.app, w).put(`/api/reports/${report(t)}`, { version: await version(report(t)), values: { events: 1 } }),
    expected: { own: 200, child: 200, sibling: 404 },
  },
  {
    name: 'POST /api/reports/:id/submit',
    call: async (w, t) => as(ctx.app, w).post(`/api/reports/${report(t)}/submit`, { version: await version(report(t)) }),
    // Allowed, but an empty report is not ready.
    expected: { own: 422, child: 422, sibling: 404 },
  },
  {
    name: 'POST /api/reports/:id/approve',
    call: async (w, t) => as(ctx.app, w).post(`/api/reports/${report(t)}/approve`, { version: await version(report(t)) }),
    // Never one's own report; below, allowed but nothing is submitted yet.
    expected: { own: 403, child: 409, sibling: 404 },
  },
  {
    name: 'POST /api/reports/:id/return',
    call: async (w, t) => as(ctx.app, w).post(`/api/reports/${report(t)}/return`, { version: await version(report(t)), comment: 'Xem lại' }),
    expected: { own: 403, child: 409, sibling: 404 },
  },
  {
    name: 'POST /api/reports/:id/reopen',
    call: async (w, t) => as(ctx.app, w).post(`/api/reports/${report(t)}/reopen`, { version: await version(report(t)) }),
    expected: { own: 403, child: 200, sibling: 404 },
  },
  { name: 'GET /api/data/campaigns/:id/units/:code', call: (w, t) => as(ctx.app, w).get(`/api/data/campaigns/${issuedBy.BO}/units/${TARGET[t]}`), expected: { own: 200, child: 200, sibling: 404, parent: 404 } },
  {
    name: 'PUT /api/data/campaigns/:id/units/:code',
    call: (w, t) => as(ctx.app, w).put(`/api/data/campaigns/${issuedBy.BO}/units/${TARGET[t]}`, { values: { events: 2 } }),
    expected: { own: 200, child: 200, sibling: 404, parent: 404 },
  },
];

describe('authorization of every campaign route', () => {
  for (const route of cases) {
    describe(route.name, () => {
      it('refuses a signed-out caller with 401', async () => {
        expect((await route.call(null, 'own')).statusCode).toBe(401);
      });
      for (const where of Object.keys(route.expected) as Where[]) {
        it(`answers ${route.expected[where]} for the ${where} unit`, async () => {
          const response = await route.call(head, where);
          expect(response.statusCode, response.body).toBe(route.expected[where]);
          if (response.statusCode === 404) expect(response.json().error!.code).toBe('NOT_FOUND');
        });
      }
    });
  }

  it('answers "my reports" only with the actor\'s own unit\'s reports', async () => {
    const mine = (await as(ctx.app, head).get('/api/my-reports')).json() as { unit: { code: string } }[];
    expect(new Set(mine.map((r) => r.unit.code))).toEqual(new Set(['SO-A']));
    expect((await as(ctx.app, null).get('/api/my-reports')).statusCode).toBe(401);
    expect((await as(ctx.app, null).get('/api/campaigns')).statusCode).toBe(401);
  });

  it('lists only campaigns that concern the actor', async () => {
    const listed = ((await as(ctx.app, head).get('/api/campaigns')).json() as { id: number }[]).map((c) => c.id);
    expect(listed).toEqual(expect.arrayContaining([issuedBy.BO, issuedBy['SO-A'], issuedBy['XA-A1']]));
    expect(listed).not.toContain(issuedBy['SO-B']);
  });
});
