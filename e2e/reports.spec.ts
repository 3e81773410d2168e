/**
 * "Báo cáo của tôi" and the report form, as an officer uses them: a campaign issued by the
 * Sở (created through the API), the report found in the list, figures typed the Vietnamese
 * way, text in a number cell shown as an error, autosave, the checks, submission; axe on
 * each screen.
 */
import { expect, request, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/session.ts';

const CAMPAIGN = `Báo cáo công tác bình đẳng giới kiểm thử ${Date.now()}`;


test.beforeAll(async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username: 'hanoi.truongban', password: DEMO_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const templates = (await (await api.get('/api/templates')).json()) as { code: string; latestPublished: { id: number } }[];
  const { kinds } = (await (await api.get('/api/unit-kinds')).json()) as { kinds: { id: number; code: string }[] };
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  const created = await api.post('/api/campaigns', {
    headers,
    data: {
      name: CAMPAIGN,
      templateVersionId: templates.find((t) => t.code === 'BC-BDG-VSTBPN')!.latestPublished.id,
      period: { kind: 'year', year: Number(today.slice(0, 4)) + 5 },
      respondentKindIds: kinds.filter((k) => k.code === 'THCS' || k.code === 'XA').map((k) => k.id),
      asOf: today,
      opensOn: today,
      deadline: inAMonth,
    },
  });
  expect(created.status()).toBe(201);
  await api.dispose();
});

test('an officer fills in and submits the unit’s report', async ({ page }) => {
  await signIn(page, 'nguhiep.canbo');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo của tôi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo của tôi' })).toBeVisible();
  await expectNoSeriousViolations(page, 'my reports');

  await page.getByRole('link', { name: CAMPAIGN }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAMPAIGN })).toBeVisible();
  const cell = (name: string) => page.getByLabel(name, { exact: true });

  // Text in a number cell is an error on that cell at once, and nothing is sent while it is there.
  await cell('Tổng số cán bộ, giáo viên, nhân viên — Nữ').fill('8o0');
  await expect(page.getByText('Không phải là số', { exact: true })).toBeVisible();
  await expect(page.getByText('Chưa lưu: còn 1 ô nhập sai')).toBeVisible();
  await expectNoSeriousViolations(page, 'report form with an error');

  await cell('Số buổi tuyên truyền, tọa đàm, mít tinh, hội thảo đã tổ chức').fill('3');
  await cell('Tổng số cán bộ, giáo viên, nhân viên — Tổng số').fill('1200');
  await cell('Tổng số cán bộ, giáo viên, nhân viên — Nữ').fill('800');
  await cell('Tổng số cán bộ, giáo viên, nhân viên — Nam').fill('400');
  await cell('Cán bộ quản lý — Tổng số').fill('12');
  await cell('Cán bộ quản lý — Nữ').fill('7');
  await cell('Cán bộ quản lý — Nam').fill('5');
  await expect(cell('Tổng số cán bộ, giáo viên, nhân viên — Tổng số')).toHaveValue('1.200');
  for (const group of await page.getByRole('radiogroup').all()) await group.getByLabel('Đạt', { exact: true }).check();
  for (const reason of await page.getByRole('textbox', { name: /^Lý do — / }).all()) await reason.fill('Đơn vị đã thực hiện đầy đủ.');
  await page.getByLabel('Kết quả đạt được').fill('Tổ chức 3 buổi tuyên truyền.');
  await page.getByLabel('Hạn chế').fill('Kinh phí còn hạn chế.');
  await page.getByLabel('Nguyên nhân').fill('Nguồn lực chưa đủ.');
  await expect(page.getByText(/^Đã lưu lúc \d\d:\d\d/)).toBeVisible();
  await expect(page.getByText('Báo cáo đã đủ điều kiện để nộp.').first()).toBeVisible();

  // The form's keystroke measure is there for the benchmark.
  expect(await page.evaluate(() => performance.getEntriesByName('report-keystroke').length)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nộp báo cáo' });
  await expectNoSeriousViolations(page, 'submit dialog');
  await dialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await expect(page.locator('.report-status').first()).toHaveText('Đã nộp');
  await expect(page.getByTestId('report-history')).toContainText('Lần 1');
  await expect(page.locator('.report-cell-input')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'submitted report');
});
