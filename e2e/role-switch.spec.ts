/** A person with two roles switches between them; what they see follows the active role's unit. */
import { expect, test } from '@playwright/test';
import { activeRole, signIn } from './support/session.ts';

test('tantien.hieutruong switches from the school to the commune and back', async ({ page }) => {
  await signIn(page, 'tantien.hieutruong');
  const switcher = page.getByRole('button', { name: /^Vai trò: Trưởng ban tại Trường Mầm non Tân Tiến/ });
  await expect(switcher).toBeVisible();
  await expect(page.getByRole('treeitem').first()).toHaveAccessibleName(/^Trường Mầm non Tân Tiến/);
  // A committee head is not an admin: no admin pages in the navigation.
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);

  await switcher.click();
  await page.getByRole('button', { name: /Người xem\s*UBND xã Nghĩa Trụ/ }).click();
  await expect(activeRole(page)).toContainText('Người xem');
  await expect(activeRole(page)).toContainText('UBND xã Nghĩa Trụ');
  const commune = page.getByRole('treeitem').first();
  await expect(commune).toHaveAccessibleName(/^UBND xã Nghĩa Trụ/);
  await expect(commune).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('treeitem', { name: /^Trường Mầm non Tân Tiến/ })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: /^Trường Mầm non Vĩnh Khúc/ })).toBeVisible();

  // The choice is kept by the session: a reload stays in the commune.
  await page.reload();
  await expect(activeRole(page)).toContainText('UBND xã Nghĩa Trụ');

  await page.getByRole('button', { name: /^Vai trò: Người xem tại UBND xã Nghĩa Trụ/ }).click();
  await page.getByRole('button', { name: /Trưởng ban\s*Trường Mầm non Tân Tiến/ }).click();
  await expect(activeRole(page)).toContainText('Trưởng ban');
  await expect(page.getByRole('treeitem').first()).toHaveAccessibleName(/^Trường Mầm non Tân Tiến/);
});
