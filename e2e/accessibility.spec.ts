/** axe-core on every page, in Vietnamese: no serious or critical violation (WCAG 2.1 A and AA rules). */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import { signIn } from './support/session.ts';


test('every page passes axe in Vietnamese', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expectNoSeriousViolations(page, 'sign-in');

  await signIn(page, 'hanoi.admin');
  await page.getByRole('treeitem', { name: /^UBND xã Thanh Trì/ }).locator('.tree-toggle').first().click();
  await expect(page.getByRole('treeitem', { name: /^Trường THCS Ngũ Hiệp/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'units tree');

  await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('ngu hiep');
  await expect(page.getByRole('link', { name: /^Trường THCS Ngũ Hiệp/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'units search');

  await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('thanh tri');
  await page.getByRole('link', { name: /^UBND xã Thanh Trì/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'UBND xã Thanh Trì' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trường THCS Ngũ Hiệp' })).toBeVisible();
  await expectNoSeriousViolations(page, 'unit page');

  await page.getByRole('button', { name: 'Quản lý đơn vị' }).click();
  await page.getByRole('menuitem', { name: 'Thêm đơn vị trực thuộc' }).click();
  await expect(page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc' })).toBeVisible();
  await expectNoSeriousViolations(page, 'add unit dialog');
  await page.keyboard.press('Escape');

  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Nhập/Xuất đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập/Xuất đơn vị' })).toBeVisible();
  await expectNoSeriousViolations(page, 'import');

  await nav.getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Người dùng' }).getByText('Đỗ Văn Thắng')).toBeVisible();
  await expectNoSeriousViolations(page, 'users');

  await nav.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký thay đổi' })).toBeVisible();
  await expect(page.getByText(/Tổng số: /)).toBeVisible();
  await page.locator('.row-toggle').first().click();
  await expectNoSeriousViolations(page, 'audit');

  await page.getByRole('button', { name: /Tài khoản Trần Văn Minh/ }).click();
  await page.getByRole('link', { name: 'Tài khoản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản' })).toBeVisible();
  await expectNoSeriousViolations(page, 'account');
});

test('the campaign pages pass axe in Vietnamese', async ({ page }) => {
  await signIn(page, 'hanoi.truongban');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Đợt báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đợt báo cáo' })).toBeVisible();
  await expectNoSeriousViolations(page, 'campaigns');

  await page.getByRole('link', { name: 'Báo cáo nhanh số liệu cán bộ nữ, cán bộ nữ trong quy hoạch' }).first().click();
  await expect(page.getByRole('row', { name: /UBND xã Thanh Trì/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'campaign status board');

  await page.getByRole('tab', { name: 'Số liệu tổng hợp' }).click();
  await expect(page.getByRole('row', { name: /^Tổng số cán bộ, giáo viên, nhân viên/ }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'campaign rollup');

  await nav.getByRole('link', { name: 'Theo dõi nộp báo cáo' }).click();
  await expect(page.getByRole('row', { name: /UBND xã Thanh Trì/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'tracking');

  await page.goto('/campaigns/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'issue a campaign');
});

