/**
 * The staff roster as a school officer keeps it: the list (search without diacritics, a
 * person's drawer with the history), the import of the sector's messy Excel file — a column
 * mapped by hand, an error seen, the file fixed and uploaded again, applied — then the
 * figures computed from it, and a report form whose staff table fills itself from the
 * roster. axe on each screen. The files are the import's own fixtures (the typical sheet:
 * title rows, a two-row merged header, an "ĐV" column nobody recognises).
 */
import { expect, request, test } from '@playwright/test';
import { MESSY_PEOPLE, messyRosterXlsx } from '../server/modules/roster/import/roster-file.fixtures.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/session.ts';

const CAMPAIGN = `Báo cáo bình đẳng giới của Bộ, kiểm thử danh sách ${Date.now()}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


// A campaign of the Ministry's annual template, as of today, that the school has not opened yet
// (the demo's own annual report may already hold figures typed by another test).
test.beforeAll(async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username: 'bo.truongban', password: DEMO_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const templates = (await (await api.get('/api/templates')).json()) as { code: string; latestPublished: { id: number } }[];
  const { kinds } = (await (await api.get('/api/unit-kinds')).json()) as { kinds: { id: number; code: string }[] };
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  const created = await api.post('/api/campaigns', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      name: CAMPAIGN,
      templateVersionId: templates.find((t) => t.code === 'BC-BDG-VSTBPN')!.latestPublished.id,
      period: { kind: 'year', year: Number(today.slice(0, 4)) + 6 },
      respondentKindIds: kinds.filter((k) => k.code === 'THCS').map((k) => k.id),
      asOf: today,
      opensOn: today,
      deadline: inAMonth,
    },
  });
  expect(created.status()).toBe(201);
  await api.dispose();
});

test('an officer imports the roster from a messy Excel file; the figures and the report follow', async ({ page }) => {
  await signIn(page, 'nguhiep.canbo');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });

  // The list: search ignores diacritics; ethnicity is marked sensitive.
  await nav.getByRole('link', { name: 'Danh sách CB-GV-NV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách cán bộ, giáo viên, nhân viên' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách cán bộ, giáo viên, nhân viên' });
  await expect(table.getByRole('button', { name: 'Dữ liệu nhạy cảm' })).toBeVisible();
  await expectNoSeriousViolations(page, 'roster');
  await page.getByLabel('Tìm theo họ tên').fill('lan anh');
  await expect(table.getByRole('row')).toHaveCount(2);
  await table.getByRole('button', { name: /Phạm Thị Lan Anh/ }).click();
  const drawer = page.getByRole('dialog', { name: /Phạm Thị Lan Anh/ });
  await expect(drawer.getByRole('heading', { name: 'Lịch sử thay đổi' })).toBeVisible();
  await expect(drawer.getByText(/Thay đổi có hiệu lực từ ngày này, số liệu trước ngày đó giữ nguyên/)).toBeVisible();
  await expectNoSeriousViolations(page, 'person drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The import: the "ĐV" column is not recognised until the officer says it is Đảng viên.
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập danh sách từ Excel' })).toBeVisible();
  const withImpossibleDate = MESSY_PEOPLE.map((row) => [...row]);
  withImpossibleDate[2]![3] = '31/02/1990';
  await page.getByTestId('roster-file-input').setInputFiles({ name: 'danh-sach.xlsx', mimeType: XLSX, buffer: await messyRosterXlsx(withImpossibleDate) });
  const partyColumn = page.getByRole('combobox', { name: /^Cột H “ĐV”/ });
  await expect(partyColumn).toHaveValue('Chưa chọn');
  await partyColumn.click();
  await page.getByRole('option', { name: 'Đảng viên', exact: true }).click();
  await expect(page.getByRole('row', { name: /ĐV/ }).getByText('Bạn chọn')).toBeVisible();

  // An impossible date is an error on its row and column; nothing can be applied.
  const errors = page.getByTestId('import-errors');
  await expect(errors.getByRole('row', { name: /31\/02\/1990/ })).toContainText('D');
  await expect(page.getByText('1 lỗi phải sửa')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  await expectNoSeriousViolations(page, 'import with an error');

  // Fixed in the file and uploaded again: the mapping is remembered, the error gone.
  await page.getByTestId('roster-file-input').setInputFiles({ name: 'danh-sach-da-sua.xlsx', mimeType: XLSX, buffer: await messyRosterXlsx() });
  await expect(page.getByText(/Xem trước: danh-sach-da-sua\.xlsx/)).toBeVisible();
  await expect(errors).toBeHidden();
  await expect(partyColumn).toHaveValue('Đảng viên');
  await expect(page.getByTestId('import-changes').getByRole('row', { name: /Nguyễn Văn An/ })).toContainText('Thêm mới');
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await page.getByRole('dialog', { name: 'Áp dụng tệp vào danh sách?' }).getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByText('Đã cập nhật danh sách')).toBeVisible();
  await expect(page.getByText(/Đọc 5 dòng: thêm mới 5/)).toBeVisible();

  // The figures, computed from the roster as of today: the five people of the file.
  await page.getByRole('link', { name: 'Xem thống kê đội ngũ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê đội ngũ' })).toBeVisible();
  await expect(page.getByText('Số liệu tính từ danh sách, không nhập tay.')).toBeVisible();
  const stats = page.getByTestId('roster-statistics');
  // Tổng số, Nữ, Nam, % nữ: Trần Thị Bình, Lê Thị Cúc and Hoàng Thị Én are women.
  await expect(stats.getByRole('row', { name: /^Tổng số cán bộ, giáo viên, nhân viên/ })).toContainText(/5\s*3\s*2\s*60%/);
  await expect(stats.getByRole('row', { name: /^Đảng viên/ })).toContainText(/^Đảng viên\s*3/);
  await expectNoSeriousViolations(page, 'statistics');

  // The report form: the staff table fills itself from the roster, and says so.
  await nav.getByRole('link', { name: 'Báo cáo của tôi' }).click();
  await page.getByRole('link', { name: CAMPAIGN }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAMPAIGN })).toBeVisible();
  await expect(page.getByText('Điền sẵn: Từ danh sách cán bộ, giáo viên, nhân viên — kiểm tra lại').first()).toBeVisible();
  await expect(page.getByLabel('Tổng số cán bộ, giáo viên, nhân viên — Tổng số', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('Tổng số cán bộ, giáo viên, nhân viên — Nữ', { exact: true })).toHaveValue('3');
});

test('units above see the figures of their subtree only, never the list', async ({ page }) => {
  await signIn(page, 'thanhtri.thanhtra');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link', { name: 'Danh sách CB-GV-NV' })).toBeHidden();
  await nav.getByRole('link', { name: 'Thống kê đội ngũ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thống kê đội ngũ' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Đơn vị' }).or(page.getByRole('combobox', { name: 'Đơn vị' }))).toHaveValue('UBND xã Thanh Trì');
  await expect(page.getByTestId('roster-statistics').getByRole('row', { name: /^Tổng số cán bộ, giáo viên, nhân viên/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'statistics of a subtree');

  await page.goto('/roster');
  await expect(page.getByText(/Danh sách cán bộ chỉ do Trưởng ban và cán bộ phụ trách của chính đơn vị quản lý/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
