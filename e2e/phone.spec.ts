/** On a 375 px phone the shell folds its navigation behind a burger and nothing overflows sideways. */
import { expect, test } from '@playwright/test';
import { signIn } from './support/session.ts';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test('the shell on a phone: burger, navigation, no sideways scrolling', async ({ page }) => {
  await signIn(page, 'nguhiep.canbo');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const burger = page.getByRole('button', { name: 'Mở menu điều hướng' });
  await expect(burger).toBeVisible();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Đơn vị', exact: true })).toBeHidden();
  await expect(page.getByRole('treeitem').first()).toHaveAccessibleName(/^Trường THCS Ngũ Hiệp/);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await burger.click();
  await expect(page.getByRole('button', { name: 'Đóng menu điều hướng' })).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Đơn vị', exact: true })).toBeVisible();
  // The role and the language switch move into the menu on a phone.
  await expect(nav.getByText('Cán bộ phụ trách')).toBeVisible();
  await expect(nav.getByRole('group', { name: 'Ngôn ngữ' })).toBeVisible();

  await nav.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await expect(nav.getByRole('link', { name: 'Đơn vị', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mở menu điều hướng' })).toBeVisible();

  await page.getByRole('treeitem').first().locator('.tree-name').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trường THCS Ngũ Hiệp' })).toBeVisible();
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
});
