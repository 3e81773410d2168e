import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, type TestTree } from '../../test/factories.ts';

let ctx: TestContext;
let tree: TestTree;
let sys: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  sys = await signIn(ctx.app, 'sysadmin');
});
afterAll(() => ctx.close());

const api = () => as(ctx.app, sys);
const countUnits = async () => (await ctx.database.query<{ n: number }>('select count(*)::int as n from units'))[0]!.n;
const countAudit = async () => (await ctx.database.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n;

describe('browsing the tree', () => {
  it('starts at the active role’s unit and opens level by level in Vietnamese order', async () => {
    const roots = (await api().get('/api/units/roots')).json();
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ code: 'BO', childCount: 2, isOpen: true });
    const provinces = (await api().get(`/api/units/${tree.ids.BO}/children`)).json();
    // Đắk Lắk before Thanh Hóa: Đ sorts after D but before T.
    expect(provinces.map((u: { name: string }) => u.name)).toEqual(['Sở Giáo dục và Đào tạo Đắk Lắk', 'Sở Giáo dục và Đào tạo Thanh Hóa']);
    const communes = (await api().get(`/api/units/${tree.ids['SO-A']}/children`)).json();
    expect(communes.map((u: { code: string; childCount: number }) => [u.code, u.childCount])).toEqual([
      ['XA-A2', 1],
      ['XA-A1', 2],
    ]);
  });

  it('shows a unit with its kind, level, parent and ancestors', async () => {
    const detail = (await api().get(`/api/units/${tree.ids['TR-A1A']}`)).json();
    expect(detail).toMatchObject({ code: 'TR-A1A', kindName: 'Trường mầm non', levelName: 'Cơ sở giáo dục', parent: { code: 'XA-A1' } });
    expect(detail.ancestors.map((a: { code: string }) => a.code)).toEqual(['BO', 'SO-A', 'XA-A1']);
  });
});

describe('search', () => {
  it('ignores diacritics and case, and accepts NFD input', async () => {
    for (const q of ['thanh hoa', 'Thanh Hóa', 'THANH HOA', 'Thanh Hóa'.normalize('NFD')]) {
      const result = (await api().get(`/api/units/search?q=${encodeURIComponent(q)}`)).json();
      expect(result.items.map((u: { code: string }) => u.code), q).toEqual(['SO-A']);
    }
  });
  it('finds by code and shows the path', async () => {
    const result = (await api().get('/api/units/search?q=tr-a1b')).json();
    expect(result.items[0]).toMatchObject({ code: 'TR-A1B', path: ['Bộ Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo Thanh Hóa', 'UBND xã Quảng Xương'] });
  });
  it('lists several hits in Vietnamese order and counts them', async () => {
    const result = (await api().get('/api/units/search?q=truong')).json();
    expect(result.total).toBe(4);
    expect(result.items.map((u: { name: string }) => u.name)).toEqual([
      'Trường Mầm non Quảng Xương',
      'Trường THCS Ea Kar',
      'Trường THCS Quảng Ninh',
      'Trường Tiểu học Điện Biên',
    ]);
  });
  it('treats % and _ literally', async () => {
    expect((await api().get('/api/units/search?q=%25')).json().items).toEqual([]);
  });
});

describe('creating and editing', () => {
  it('normalises NFD names to NFC and records the change in the audit log', async () => {
    const before = await countAudit();
    const response = await api().post('/api/units', { code: ' tr-a1c ', name: '  Trường  Tiểu học Quảng Tân '.normalize('NFD'), kindId: tree.kinds.TH, parentId: tree.ids['XA-A1'], validFrom: '05/09/2020' });
    expect(response.statusCode).toBe(201);
    const unit = response.json();
    expect(unit.code).toBe('TR-A1C');
    expect(unit.name).toBe('Trường Tiểu học Quảng Tân');
    expect(unit.name).toBe(unit.name.normalize('NFC'));
    expect(unit.validFrom).toBe('2020-09-05');
    expect(await countAudit()).toBe(before + 1);
    const [entry] = (await api().get('/api/audit?action=unit.create')).json().items;
    expect(entry).toMatchObject({ action: 'unit.create', entityId: String(unit.id), actorName: 'Quản trị hệ thống' });
    expect(entry.after).toMatchObject({ code: 'TR-A1C', name: 'Trường Tiểu học Quảng Tân' });
  });

  it('refuses a duplicate code, a kind that does not fit, a bad date — and writes nothing', async () => {
    const units = await countUnits();
    const audit = await countAudit();
    const duplicate = await api().post('/api/units', { code: 'TR-A1A', name: 'Trùng', kindId: tree.kinds.MN, parentId: tree.ids['XA-A1'] });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'DUPLICATE', message: 'Mã đơn vị TR-A1A đã tồn tại', details: [{ field: 'code' }] });
    const provinceUnderCommune = await api().post('/api/units', { code: 'SO-X', name: 'Sở sai cấp', kindId: tree.kinds.SO, parentId: tree.ids['XA-A1'] });
    expect(provinceUnderCommune.statusCode).toBe(400);
    expect(provinceUnderCommune.json().error.message).toMatch(/không thể trực thuộc/);
    const badDate = await api().post('/api/units', { code: 'TR-Y', name: 'Ngày sai', kindId: tree.kinds.MN, parentId: tree.ids['XA-A1'], validFrom: '31/02/2025' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details[0]).toMatchObject({ field: 'validFrom', message: 'Ngày không hợp lệ (dd/mm/yyyy)' });
    const badCode = await api().post('/api/units', { code: '=cmd', name: 'Mã sai', kindId: tree.kinds.MN, parentId: tree.ids['XA-A1'] });
    expect(badCode.statusCode).toBe(400);
    expect(await countUnits()).toBe(units);
    expect(await countAudit()).toBe(audit);
  });

  it('edits details and records before and after', async () => {
    const response = await api().patch(`/api/units/${tree.ids['TR-A2A']}`, { address: 'Số 1 Lê Lợi, Hạc Thành', phone: '0237 385 2222' });
    expect(response.json()).toMatchObject({ address: 'Số 1 Lê Lợi, Hạc Thành', phone: '0237 385 2222' });
    const [entry] = (await api().get('/api/audit?action=unit.update')).json().items;
    expect(entry.before).toMatchObject({ address: null });
    expect(entry.after).toMatchObject({ address: 'Số 1 Lê Lợi, Hạc Thành' });
  });
});

describe('the 2025 reform', () => {
  it('moves a school to another commune and keeps its history readable', async () => {
    const moved = await api().post(`/api/units/${tree.ids['TR-A1B']}/move`, { newParentId: tree.ids['XA-A2'], effectiveDate: '01/07/2025' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parent.code).toBe('XA-A2');
    expect(moved.json().parentHistory.map((h: { parent: { code: string }; validFrom: string | null; validTo: string | null }) => [h.parent.code, h.validTo])).toEqual([
      ['XA-A1', '2025-07-01'],
      ['XA-A2', null],
    ]);
    const in2023 = (await api().get(`/api/units/${tree.ids['TR-A1B']}/ancestors?asOf=15/05/2023`)).json();
    expect(in2023.map((u: { code: string }) => u.code)).toEqual(['BO', 'SO-A', 'XA-A1']);
    const now = (await api().get(`/api/units/${tree.ids['TR-A1B']}/ancestors`)).json();
    expect(now.map((u: { code: string }) => u.code)).toEqual(['BO', 'SO-A', 'XA-A2']);
  });

  it('refuses to move a unit under its own descendant', async () => {
    const response = await api().post(`/api/units/${tree.ids['SO-A']}/move`, { newParentId: tree.ids['XA-A2'], effectiveDate: '01/07/2025' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('UNIT_CYCLE');
  });

  it('closes an office only once its children have somewhere to go, then moves them', async () => {
    const refused = await api().post(`/api/units/${tree.ids['XA-A2']}/close`, { effectiveDate: '01/07/2025' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('UNIT_HAS_OPEN_CHILDREN');
    const closed = await api().post(`/api/units/${tree.ids['XA-A2']}/close`, { effectiveDate: '01/07/2025', moveChildrenToId: tree.ids['XA-A1'], successorId: tree.ids['XA-A1'] });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ isOpen: false, validTo: '2025-07-01', successor: { code: 'XA-A1' }, childCount: 0 });
    const open = (await api().get(`/api/units/${tree.ids['SO-A']}/children`)).json();
    expect(open.map((u: { code: string }) => u.code)).toEqual(['XA-A1']);
    const all = (await api().get(`/api/units/${tree.ids['SO-A']}/children?includeClosed=true`)).json();
    expect(all.map((u: { code: string; isOpen: boolean }) => [u.code, u.isOpen])).toEqual([
      ['XA-A2', false],
      ['XA-A1', true],
    ]);
    const successor = (await api().get(`/api/units/${tree.ids['XA-A1']}`)).json();
    expect(successor.predecessors.map((u: { code: string }) => u.code)).toEqual(['XA-A2']);
    // A closed unit takes no new children.
    const intoClosed = await api().post('/api/units', { code: 'TR-NEW', name: 'Trường mới', kindId: tree.kinds.MN, parentId: tree.ids['XA-A2'] });
    expect(intoClosed.statusCode).toBe(409);
  });

  it('merges two provinces into one: the source closes, its children move, the subtree follows', async () => {
    const merged = await api().post('/api/units/merge', { sourceIds: [tree.ids['SO-B']], targetId: tree.ids['SO-A'], effectiveDate: '01/07/2025' });
    expect(merged.statusCode).toBe(200);
    const source = (await api().get(`/api/units/${tree.ids['SO-B']}`)).json();
    expect(source).toMatchObject({ isOpen: false, successor: { code: 'SO-A' } });
    // The school two levels down now lies in Sở A's subtree: Sở A's admin finds it.
    await ctx.database.db.transaction(async () => undefined);
    const search = (await api().get('/api/units/search?q=ea kar')).json();
    expect(search.items.find((u: { code: string }) => u.code === 'TR-B1A').path).toEqual(['Bộ Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo Thanh Hóa', 'UBND xã Ea Kar']);
  });

  it('rolls back a merge whose second source fails: nothing changes', async () => {
    const units = await ctx.database.query('select id, parent_id, path::text, valid_to from units order by id');
    const response = await api().post('/api/units/merge', { sourceIds: [tree.ids['XA-A1'], tree.ids['XA-A2']], targetId: tree.ids['XA-B1'], effectiveDate: '01/08/2025' });
    expect(response.statusCode).toBe(409); // XA-A2 is already closed
    expect(await ctx.database.query('select id, parent_id, path::text, valid_to from units order by id')).toEqual(units);
  });
});

describe('audit log', () => {
  it('filters by Vietnam calendar day and by unit subtree', async () => {
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const all = (await api().get(`/api/audit?from=${today}&to=${today}&pageSize=200`)).json();
    expect(all.total).toBeGreaterThan(5);
    const none = (await api().get('/api/audit?from=01/01/2020&to=31/12/2020')).json();
    expect(none.total).toBe(0);
    const school = (await api().get(`/api/audit?unitId=${tree.ids['TR-A2A']}`)).json();
    expect(school.items.every((e: { unitId: number }) => e.unitId === tree.ids['TR-A2A'])).toBe(true);
    expect(school.items.map((e: { action: string }) => e.action)).toContain('unit.update');
  });
});
