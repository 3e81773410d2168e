/** Signing in as a demo user the way a person does: the form, then the units page. */
import { expect, type Page } from '@playwright/test';

/** Shared by every demo account (server/db/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'BinhDang2025';

export function usernameField(page: Page) {
  return page.getByLabel(/^Tên đăng nhập/);
}

export function passwordField(page: Page) {
  return page.getByLabel(/^Mật khẩu/);
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await usernameField(page).fill(username);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/units$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible();
}

/** The header's role summary (a plain box, or the switcher button when there are several roles). */
export function activeRole(page: Page) {
  return page.getByRole('banner').locator('.role-switcher');
}
