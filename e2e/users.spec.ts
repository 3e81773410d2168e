/** An admin adds a person with a temporary password; the person must choose their own at first sign-in. */
import { expect, test } from '@playwright/test';
import { passwordField, signIn, usernameField } from './support/session.ts';

test('a new user signs in with the temporary password and must change it', async ({ page }) => {
  await signIn(page, 'hcm.admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible();

  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel(/^Họ và tên/).fill('Nguyễn Thị Thử Nghiệm');
  await dialog.getByLabel(/^Tên đăng nhập/).fill('e2e.thunghiem');
  // The unit defaults to the admin's own; the role to "Cán bộ phụ trách".
  await expect(dialog.getByLabel(/^Đơn vị/)).toHaveValue('Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh');
  const temporary = await dialog.getByLabel(/^Mật khẩu tạm thời/).inputValue();
  expect(temporary).toMatch(/^(?=.*[a-zA-Z])(?=.*\d).{10,}$/);
  await dialog.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Tìm theo tên, tên đăng nhập hoặc email').fill('thu nghiem');
  const users = page.getByRole('region', { name: 'Người dùng' });
  await expect(users.getByText('Nguyễn Thị Thử Nghiệm')).toBeVisible();
  await expect(users.getByText('Cán bộ phụ trách — Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh')).toBeVisible();

  await page.getByRole('button', { name: /Tài khoản Nguyễn Văn Phúc/ }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await usernameField(page).fill('e2e.thunghiem');
  await passwordField(page).fill(temporary);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu trước khi bắt đầu' })).toBeVisible();
  await page.getByLabel(/^Mật khẩu hiện tại/).fill(temporary);
  await page.getByLabel(/^Mật khẩu mới/).fill('ngan');
  await page.getByLabel(/^Nhập lại mật khẩu mới/).fill('ngan');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu cần ít nhất 10 ký tự')).toBeVisible();

  await page.getByLabel(/^Mật khẩu mới/).fill('MatKhauMoi2025');
  await page.getByLabel(/^Nhập lại mật khẩu mới/).fill('MatKhauMoi2025');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible();
  await expect(page.getByRole('treeitem').first()).toHaveAccessibleName(/^Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh/);
});
