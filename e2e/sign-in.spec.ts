/** Sign-in: success and sign-out, a wrong password, the lock after five wrong passwords. */
import { expect, test } from '@playwright/test';
import { activeRole, passwordField, signIn, usernameField } from './support/session.ts';

test('signs in, shows the role and unit, and signs out', async ({ page }) => {
  await signIn(page, 'hanoi.truongban');
  await expect(activeRole(page)).toContainText('Trưởng ban');
  await expect(activeRole(page)).toContainText('Sở Giáo dục và Đào tạo Hà Nội');
  await expect(page).toHaveTitle(/Đơn vị · BinhDang/);

  await page.getByRole('button', { name: /Tài khoản Lê Thị Hồng Nhung/ }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();

  // The session is gone on the server too: a protected page sends back to sign-in.
  await page.goto('/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fusers/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await usernameField(page).fill('hanoi.xem');
  await passwordField(page).fill('MatKhauSai123');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const alert = page.getByTestId('sign-in-error');
  await expect(alert).toContainText('Không đăng nhập được');
  await expect(alert).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  await expect(passwordField(page)).toHaveValue('');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('five wrong passwords lock the account and say until when', async ({ page }) => {
  await page.goto('/sign-in');
  await usernameField(page).fill('laocai.admin');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await passwordField(page).fill(`SaiMatKhau${attempt}`);
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect((await answer).status()).toBe(attempt < 5 ? 401 : 423);
  }
  const alert = page.getByTestId('sign-in-error');
  await expect(alert).toContainText('Tài khoản tạm khóa');
  await expect(alert).toContainText(/thử lại sau \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  // Even the right password is refused while the lock lasts.
  await passwordField(page).fill('BinhDang2025');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(alert).toContainText('Tài khoản tạm khóa');
  await expect(page).toHaveURL(/\/sign-in/);
});
