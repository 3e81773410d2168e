import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestContext } from '../../test/harness.ts';
import { buildTestTree, createTestUser, type TestTree } from '../../test/factories.ts';
import { templateDefinitionSchema, valueKeysOf, type TemplateDefinitionInput } from '../../../common/contracts/templates.ts';
import { parseRuleExpression, referencesOf } from '../../../common/campaigns/expressions.ts';
import { BUILTIN_TEMPLATE } from '../../db/seed/builtin-report-template.ts';
import { ensureReferenceData } from '../../db/seed/reference-data.ts';

let ctx: TestContext;
let tree: TestTree;
let sys: SignedIn;
let officer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  tree = await buildTestTree(ctx.database);
  await createTestUser(ctx.database, tree, 'canbo.xa', 'officer', 'XA-A1');
  sys = await signIn(ctx.app, 'sysadmin');
  officer = await signIn(ctx.app, 'canbo.xa');
});
afterAll(() => ctx.close());

const api = () => as(ctx.app, sys);
const count = async (table: string) => (await ctx.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

const definition = (): TemplateDefinitionInput => ({
  sections: [
    {
      code: 'people',
      title: 'Đội ngũ',
      order: 1,
      items: [
        { kind: 'number', code: 'staff', label: 'Cán bộ, giáo viên, nhân viên', valueType: 'integer', unit: 'người', disaggregation: 'sex_minority', prefill: 'roster.staffBySex' },
        { kind: 'number', code: 'trained', label: 'Số người được tập huấn', valueType: 'integer', unit: 'người', disaggregation: 'sex_group' },
        { kind: 'text', code: 'results', label: 'Kết quả đạt được', required: true },
        { kind: 'targets', code: 'goals', label: 'Đánh giá chỉ tiêu', targets: [{ code: 'g1', label: 'Nữ trong quy hoạch ≥ 40%', source: 'QĐ 2282/QĐ-TTg' }] },
      ],
    },
  ],
  rules: [{ id: 'r1', expression: 'staff.female <= staff.total', severity: 'error', message: 'Nữ ({staff.female}) không quá tổng số' }],
});

const issuesOf = (input: unknown) => {
  const result = templateDefinitionSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('the definition', () => {
  it('accepts a definition with all three kinds of item', () => {
    expect(templateDefinitionSchema.safeParse(definition()).success).toBe(true);
  });

  it('keys values code[.sex[.category]], with the total as a key of its own', () => {
    expect(valueKeysOf({ code: 'x', disaggregation: 'none' })).toEqual(['x']);
    expect(valueKeysOf({ code: 'staff', disaggregation: 'sex' })).toEqual(['staff.total', 'staff.female', 'staff.male']);
    expect(valueKeysOf({ code: 'staff', disaggregation: 'sex_minority' })).toContain('staff.female.minority');
    const grouped = valueKeysOf({ code: 'trained', disaggregation: 'sex_group' });
    expect(grouped).toHaveLength(3 + 15);
    expect(grouped).toContain('trained.female.teachers');
  });

  it('refuses a duplicate code anywhere, pointing at the second one', () => {
    const d = definition();
    d.sections[0]!.items.push({ kind: 'text', code: 'staff', label: 'Trùng', required: false });
    (d.sections[0]!.items[3] as { targets: { code: string }[] }).targets.push({ code: 'people', label: 'Trùng mã phần', source: 'NQ 28/NQ-CP' } as never);
    expect(issuesOf(d)).toEqual([
      { path: 'sections.0.items.3.targets.1.code', message: 'Mã "people" bị trùng (đã dùng tại sections.0.code)' },
      { path: 'sections.0.items.4.code', message: 'Mã "staff" bị trùng (đã dùng tại sections.0.items.0.code)' },
    ]);
  });

  it('refuses a rule referencing an element or a key the definition does not have', () => {
    const d = definition();
    d.rules = [
      { id: 'r1', expression: 'teachers.female <= staff.total', severity: 'error', message: 'x' },
      { id: 'r2', expression: 'staff.female.teachers <= staff.female', severity: 'warning', message: 'x' },
      { id: 'r3', expression: 'staff <= 3', severity: 'notice', message: 'Xem {staff.other}' },
    ];
    expect(issuesOf(d)).toEqual([
      { path: 'rules.0.expression', message: 'Quy tắc tham chiếu đến số liệu không có trong mẫu: teachers.female' },
      { path: 'rules.1.expression', message: 'Quy tắc tham chiếu đến số liệu không có trong mẫu: staff.female.teachers' },
      { path: 'rules.2.expression', message: 'Quy tắc tham chiếu đến số liệu không có trong mẫu: staff' },
      { path: 'rules.2.message', message: 'Thông báo tham chiếu đến số liệu không có trong mẫu: staff.other' },
    ]);
  });

  it('refuses an unparsable rule with the position of the problem, and a duplicate rule id', () => {
    const d = definition();
    d.rules = [
      { id: 'r1', expression: 'staff.female <= (staff.total', severity: 'error', message: 'x' },
      { id: 'r1', expression: 'staff.total + 1', severity: 'error', message: 'x' },
    ];
    const issues = issuesOf(d);
    expect(issues).toContainEqual({ path: 'rules.0.expression', message: expect.stringMatching(/tại vị trí \d+/) });
    expect(issues).toContainEqual({ path: 'rules.1.expression', message: 'Quy tắc kiểm tra phải là một điều kiện, ví dụ: staff.female <= staff.total' });
    expect(issues).toContainEqual({ path: 'rules.1.id', message: 'Mã quy tắc "r1" bị trùng' });
  });

  it('refuses an empty section, an empty definition, a non-ASCII code and an unknown value type', () => {
    const d = definition();
    d.sections.push({ code: 'empty', title: 'Phần trống', order: 2, items: [] });
    expect(issuesOf(d)).toEqual([{ path: 'sections.1.items', message: 'Phần này chưa có mục nào' }]);
    expect(issuesOf({ sections: [] })).toEqual([{ path: 'sections', message: 'Mẫu báo cáo phải có ít nhất một phần' }]);
    const bad = definition();
    Object.assign(bad.sections[0]!.items[0]!, { code: 'cán_bộ', valueType: 'text' });
    const paths = issuesOf(bad).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['sections.0.items.0.code', 'sections.0.items.0.valueType']));
  });
});

describe('the built-in template', () => {
  it('is present, published, after prepareDatabase, and every rule parses and references its elements', async () => {
    const list = (await api().get('/api/templates')).json();
    const builtin = list.find((t: { code: string }) => t.code === BUILTIN_TEMPLATE.code);
    expect(builtin).toMatchObject({ name: 'Báo cáo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ', latestPublished: { version: 1, status: 'published' } });
    const version = (await api().get(`/api/template-versions/${builtin.latestPublished.id}`)).json();
    expect(version.definition.sections.map((s: { code: string }) => s.code)).toEqual(['communication', 'capacity', 'womenCadres', 'inspection', 'nationalStrategy', 'emulation', 'assessment']);
    expect(templateDefinitionSchema.safeParse(version.definition).success).toBe(true);
    const keys = new Set(version.definition.sections.flatMap((s: { items: { kind: string }[] }) => s.items.filter((i) => i.kind === 'number').flatMap((i) => valueKeysOf(i as never))));
    expect(version.definition.rules.map((r: { severity: string }) => r.severity)).toEqual(expect.arrayContaining(['error', 'warning', 'notice']));
    for (const rule of version.definition.rules) {
      const parsed = parseRuleExpression(rule.expression);
      expect(parsed.ok, rule.expression).toBe(true);
      if (parsed.ok) for (const ref of referencesOf(parsed.expression)) expect(keys.has(ref), ref).toBe(true);
    }
  });

  it('is inserted only once', async () => {
    await ctx.database.db.transaction((tx) => ensureReferenceData(tx));
    expect((await ctx.database.query<{ n: number }>(`select count(*)::int as n from report_templates where code = '${BUILTIN_TEMPLATE.code}'`))[0]!.n).toBe(1);
    expect((await ctx.database.query<{ n: number }>(`select count(*)::int as n from report_template_versions v join report_templates t on t.id = v.template_id where t.code = '${BUILTIN_TEMPLATE.code}'`))[0]!.n).toBe(1);
  });
});

describe('versions', () => {
  it('creates a template with a draft, edits the draft, publishes it, then refuses to change it', async () => {
    const auditBefore = await count('audit_log');
    const created = await api().post('/api/templates', { code: 'bc-thu', name: 'Báo cáo thử'.normalize('NFD'), definition: definition() });
    expect(created.statusCode).toBe(201);
    const template = created.json();
    expect(template).toMatchObject({ code: 'BC-THU', name: 'Báo cáo thử', versions: [{ version: 1, status: 'draft', publishedAt: null, createdByName: 'Quản trị hệ thống' }] });
    const v1 = template.versions[0].id;

    const edited = definition();
    edited.sections[0]!.title = 'Đội ngũ cán bộ';
    const put = await api().put(`/api/template-versions/${v1}`, { definition: edited });
    expect(put.statusCode).toBe(200);
    expect(put.json().definition.sections[0].title).toBe('Đội ngũ cán bộ');

    const published = await api().post(`/api/template-versions/${v1}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });

    const refused = await api().put(`/api/template-versions/${v1}`, { definition: definition() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Phiên bản 1 của mẫu BC-THU đã ban hành nên không thể sửa. Hãy tạo phiên bản mới từ nội dung này.');
    expect((await api().post(`/api/template-versions/${v1}/publish`)).statusCode).toBe(409);
    expect((await api().get(`/api/template-versions/${v1}`)).json().definition.sections[0].title).toBe('Đội ngũ cán bộ');

    const v2 = await api().post(`/api/templates/${template.id}/versions`, { definition: definition() });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, status: 'draft', templateCode: 'BC-THU' });
    const list = (await api().get('/api/templates')).json();
    expect(list.find((t: { code: string }) => t.code === 'BC-THU')).toMatchObject({ latestPublished: { id: v1, version: 1 }, latestVersion: { version: 2, status: 'draft' } });
    // create, update, publish, new version — each with its audit entry
    expect(await count('audit_log')).toBe(auditBefore + 4);
  });

  it('answers a duplicate template code with 409 and an invalid definition with 400 and field paths', async () => {
    expect((await api().post('/api/templates', { code: BUILTIN_TEMPLATE.code, name: 'Trùng', definition: definition() })).statusCode).toBe(409);
    const d = definition();
    d.rules = [{ id: 'r1', expression: 'nothing.female <= 1', severity: 'error', message: 'x' }];
    const response = await api().post('/api/templates', { code: 'BC-LOI', name: 'Lỗi', definition: d });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual({ field: 'definition.rules.0.expression', message: 'Quy tắc tham chiếu đến số liệu không có trong mẫu: nothing.female' });
  });

  it('answers 404 for a template or version that does not exist', async () => {
    expect((await api().get('/api/templates/999999')).statusCode).toBe(404);
    expect((await api().get('/api/template-versions/999999')).statusCode).toBe(404);
    expect((await api().put('/api/template-versions/999999', { definition: definition() })).statusCode).toBe(404);
  });
});

describe('JSON export and import', () => {
  it('round-trips: an exported version imported as a new template has an equal definition', async () => {
    const builtin = (await api().get('/api/templates')).json().find((t: { code: string }) => t.code === BUILTIN_TEMPLATE.code);
    const exported = await api().get(`/api/template-versions/${builtin.latestPublished.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="${BUILTIN_TEMPLATE.code}-v1.json"`);
    const file = JSON.parse(exported.body);
    expect(file).toMatchObject({ format: 'binhdang-report-template', formatVersion: 1, code: BUILTIN_TEMPLATE.code, version: 1 });

    const asNew = await api().post('/api/templates/import', { ...file, code: 'BC-NHAP' });
    expect(asNew.statusCode).toBe(201);
    expect(asNew.json()).toMatchObject({ isNewTemplate: true, version: 1 });
    const imported = (await api().get(`/api/template-versions/${asNew.json().versionId}`)).json();
    expect(imported.status).toBe('draft');
    expect(imported.definition).toEqual(file.definition);

    // Same code again: a new draft version of that template.
    const again = await api().post('/api/templates/import', { ...file, code: 'BC-NHAP' });
    expect(again.json()).toMatchObject({ isNewTemplate: false, templateId: asNew.json().templateId, version: 2 });
  });

  it('refuses bad JSON or a bad shape with 400 and writes nothing', async () => {
    const tables = ['report_templates', 'report_template_versions', 'audit_log'];
    const before = await Promise.all(tables.map(count));
    const broken = await ctx.app.inject({
      method: 'POST',
      url: '/api/templates/import',
      headers: { cookie: sys.cookie, 'x-csrf-token': sys.csrfToken, 'content-type': 'application/json' },
      payload: '{"format": "binhdang-report-template", "code": ',
    });
    expect(broken.statusCode).toBe(400);
    const d = definition();
    d.sections[0]!.items.push({ kind: 'text', code: 'results', label: 'Trùng', required: false });
    const wrongShape = await api().post('/api/templates/import', { format: 'something-else', formatVersion: 1, code: 'BC-X', name: 'X', definition: d });
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json().error.details).toEqual(
      expect.arrayContaining([
        { field: 'format', message: expect.stringContaining('Tệp không phải mẫu báo cáo BinhDang') },
        { field: 'definition.sections.0.items.4.code', message: 'Mã "results" bị trùng (đã dùng tại sections.0.items.2.code)' },
      ]),
    );
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });
});

describe('authorization', () => {
  it('answers 401 signed out, lets an officer read but not write (403), and a system admin write', async () => {
    expect((await as(ctx.app, null).get('/api/templates')).statusCode).toBe(401);
    expect((await as(ctx.app, null).post('/api/templates', { code: 'BC-A', name: 'A', definition: definition() })).statusCode).toBe(401);
    const list = await as(ctx.app, officer).get('/api/templates');
    expect(list.statusCode).toBe(200);
    const builtin = list.json().find((t: { code: string }) => t.code === BUILTIN_TEMPLATE.code);
    expect((await as(ctx.app, officer).get(`/api/templates/${builtin.id}`)).statusCode).toBe(200);
    expect((await as(ctx.app, officer).get(`/api/template-versions/${builtin.latestPublished.id}/export`)).statusCode).toBe(200);
    const before = await count('report_templates');
    expect((await as(ctx.app, officer).post('/api/templates', { code: 'BC-CB', name: 'Của cán bộ', definition: definition() })).statusCode).toBe(403);
    expect((await as(ctx.app, officer).post(`/api/templates/${builtin.id}/versions`, { definition: definition() })).statusCode).toBe(403);
    expect((await as(ctx.app, officer).post(`/api/template-versions/${builtin.latestPublished.id}/publish`)).statusCode).toBe(403);
    expect((await as(ctx.app, officer).post('/api/templates/import', { format: 'binhdang-report-template', formatVersion: 1, code: 'BC-CB', name: 'X', definition: definition() })).statusCode).toBe(403);
    expect(await count('report_templates')).toBe(before);
    expect((await api().post('/api/templates', { code: 'BC-QT', name: 'Của quản trị', definition: definition() })).statusCode).toBe(201);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await api().get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/templates', '/api/templates/import', '/api/template-versions/{id}/export']));
  });
});
