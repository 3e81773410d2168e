/**
 * A report's whole journey through the demo's overdue quick report of Sở GD&ĐT Hà Nội, as
 * the people do it: the school officer fills it and submits late with a reason; the commune's
 * committee head returns it with a comment; the officer fixes and resubmits; the head
 * approves; the Department's live rollup (approved reports only) now counts the school.
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/session.ts';

const QUICK = 'Báo cáo nhanh số liệu cán bộ nữ, cán bộ nữ trong quy hoạch';
const STAFF = 'Tổng số cán bộ, giáo viên, nhân viên';
const PLANNING = 'Cán bộ trong diện quy hoạch';

async function signOut(page: Page) {
  await page.context().clearCookies();
}

async function fillCell(page: Page, label: string, value: string) {
  const cell = page.getByRole('textbox', { name: label, exact: true });
  await cell.fill(value);
}

/** The Department's live total of a value key, read the way the page reads it. */
async function departmentTotal(page: Page, campaignId: string, key: string): Promise<number> {
  const rollup = (await (await page.request.get(`/api/campaigns/${campaignId}/rollup`)).json()) as { totals: Record<string, { sum: number }> };
  return rollup.totals[key]?.sum ?? 0;
}

async function openQuickReport(page: Page) {
  await page.goto('/reports');
  await page.getByRole('link', { name: new RegExp(QUICK) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: QUICK })).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible({ timeout: 15_000 });
}

test('late submission, return, resubmission, approval, and the Department total moves', async ({ page }) => {
  // The Department's figure before: approved reports only.
  await signIn(page, 'hanoi.truongban');
  const campaigns = (await (await page.request.get('/api/campaigns')).json()) as { id: number; name: string }[];
  const campaignId = String(campaigns.find((c) => c.name === QUICK)!.id);
  const before = await departmentTotal(page, campaignId, 'qStaff.total');
  await signOut(page);

  // 1. The school officer: the report is overdue; fill it, see a rule fail, fix it, submit late with a reason.
  await signIn(page, 'nguhiep.canbo');
  await openQuickReport(page);
  await expect(page.locator('.report-status').first()).toHaveText('Quá hạn');
  await fillCell(page, `${STAFF} — Tổng số`, '48');
  await fillCell(page, `${STAFF} — Nữ`, '60');
  await expect(page.getByText('Số nữ (60) không được lớn hơn tổng số (48)').first()).toBeVisible();
  await fillCell(page, `${STAFF} — Nữ`, '36');
  await fillCell(page, `${STAFF} — Nam`, '12');
  await fillCell(page, `${STAFF} — Trong đó DTTS: Tổng số`, '2');
  await fillCell(page, `${STAFF} — Trong đó DTTS: Nữ`, '1');
  await fillCell(page, `${STAFF} — Trong đó DTTS: Nam`, '1');
  await fillCell(page, 'Cán bộ quản lý — Tổng số', '3');
  await fillCell(page, 'Cán bộ quản lý — Nữ', '2');
  await fillCell(page, 'Cán bộ quản lý — Nam', '1');
  await fillCell(page, `${PLANNING} — Tổng số`, '6');
  await fillCell(page, `${PLANNING} — Nữ`, '2');
  await fillCell(page, `${PLANNING} — Nam`, '4');
  // 2 of 6 is under 40%: a warning the unit explains.
  await page.getByRole('textbox', { name: /^Giải trình: Nữ chiếm dưới 40%/ }).fill('Hai cán bộ nữ trong quy hoạch vừa nghỉ hưu');
  await waitSaved(page);
  const reportUrl = page.url();
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  const submitDialog = page.getByRole('dialog', { name: 'Nộp báo cáo' });
  await submitDialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await expect(submitDialog.getByText('Ghi lý do nộp muộn', { exact: true })).toBeVisible();
  await submitDialog.getByLabel('Lý do nộp muộn').fill('Cán bộ phụ trách đi tập huấn, trường tổ chức kiểm tra học kỳ');
  await submitDialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await expect(page.locator('.report-status').first()).toHaveText('Nộp muộn');
  await signOut(page);

  // 2. The commune's committee head finds it on the status board and returns it.
  await signIn(page, 'thanhtri.truongban');
  await page.goto('/campaigns');
  await page.getByRole('link', { name: QUICK }).first().click();
  const row = page.getByRole('row', { name: /Trường THCS Ngũ Hiệp/ });
  await expect(row.locator('.report-status')).toHaveText('Nộp muộn');
  await row.getByRole('link', { name: /Xem báo cáo/ }).click();
  await expect(page).toHaveURL(reportUrl);
  await page.getByRole('button', { name: 'Trả lại' }).click();
  const returnDialog = page.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await returnDialog.getByLabel(/Ý kiến \/ nội dung cần chỉnh sửa/).fill('Đề nghị rà soát lại số cán bộ nữ trong diện quy hoạch');
  await returnDialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(page.locator('.report-status').first()).toHaveText('Bị trả lại');
  await signOut(page);

  // 3. The officer reads the comment, fixes the figures and resubmits: no reason asked again, still late.
  await signIn(page, 'nguhiep.canbo');
  await page.goto(reportUrl);
  await expect(page.getByText('Đề nghị rà soát lại số cán bộ nữ trong diện quy hoạch')).toBeVisible();
  await fillCell(page, `${PLANNING} — Nữ`, '3');
  await fillCell(page, `${PLANNING} — Nam`, '3');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await page.getByRole('dialog', { name: 'Nộp báo cáo' }).getByRole('button', { name: 'Nộp báo cáo' }).click();
  await expect(page.locator('.report-status').first()).toHaveText('Nộp muộn');
  await expect(page.getByText(/Lần 2/)).toBeVisible();
  await signOut(page);

  // 4. The head approves: the report locks.
  await signIn(page, 'thanhtri.truongban');
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Duyệt' }).click();
  await page.getByRole('dialog', { name: 'Duyệt báo cáo' }).getByRole('button', { name: 'Duyệt' }).click();
  await expect(page.locator('.report-status').first()).toHaveText('Đã duyệt');
  await signOut(page);

  // 5. The Department's total now counts the school's 48 people, on its rollup page too.
  await signIn(page, 'hanoi.truongban');
  expect(await departmentTotal(page, campaignId, 'qStaff.total')).toBe(before + 48);
  await page.goto(`/campaigns/${campaignId}?tab=rollup`);
  const staffRow = page.getByRole('row', { name: new RegExp(`^${STAFF}`) }).first();
  await expect(staffRow).toContainText((before + 48).toLocaleString('vi-VN'));
});
