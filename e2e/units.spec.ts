/** The units tree level by level (mouse and keyboard), a unit's page, search with and without diacritics. */
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/session.ts';

function treeItem(page: Page, name: string) {
  return page.getByRole('treeitem', { name: new RegExp(`^${name}`) });
}

test('opens the tree level by level and a unit page', async ({ page }) => {
  const children: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/units\/(\d+)\/children/.exec(request.url());
    if (match) children.push(match[1]!);
  });
  await signIn(page, 'hanoi.thanhtra');
  const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
  const root = treeItem(page, 'Sở Giáo dục và Đào tạo Hà Nội');
  await expect(root).toHaveAttribute('aria-expanded', 'true');
  const commune = treeItem(page, 'UBND xã Thanh Trì');
  await expect(commune).toHaveAttribute('aria-expanded', 'false');
  // Only the open level was fetched: nothing below the communes yet.
  expect(children).toHaveLength(1);

  // Keyboard: to the commune with the arrows, open it with →.
  await root.focus();
  await expect(root).toBeFocused();
  await page.keyboard.press('End');
  await expect(tree.getByRole('treeitem').last()).toBeFocused();
  await commune.focus();
  await page.keyboard.press('ArrowRight');
  await expect(commune).toHaveAttribute('aria-expanded', 'true');
  const school = treeItem(page, 'Trường THCS Ngũ Hiệp');
  await expect(school).toBeVisible();
  expect(children).toHaveLength(2);
  await page.keyboard.press('ArrowLeft');
  await expect(commune).toHaveAttribute('aria-expanded', 'false');
  await expect(school).toBeHidden();

  // Mouse: the chevron opens, the name opens the unit's page.
  await commune.locator('.tree-toggle').first().click();
  await expect(school).toBeVisible();
  await school.locator('.tree-name').click();
  await expect(page).toHaveURL(/\/units\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Trường THCS Ngũ Hiệp' })).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: 'Vị trí đơn vị' });
  await expect(breadcrumb.getByRole('link', { name: 'UBND xã Thanh Trì' })).toBeVisible();
  await expect(page.getByText('THCS-HNI-NGUHIEP').first()).toBeVisible();
  await expect(page.getByText('Đang hoạt động')).toBeVisible();

  // History stays readable: before the 2025 reform the school belonged to the district office.
  const history = page.getByRole('region', { name: 'Lịch sử trực thuộc' });
  await expect(history).toContainText('Phòng Giáo dục và Đào tạo huyện Thanh Trì');
  await expect(history).toContainText('01/07/2025');
  const asOf = page.getByRole('region', { name: 'Trực thuộc tại ngày' });
  await asOf.getByLabel('Ngày').fill('15/3/2024');
  await asOf.getByRole('button', { name: 'Xem' }).click();
  await expect(asOf).toContainText('Tại ngày 15/03/2024:');
  await expect(asOf.getByRole('link', { name: 'Phòng Giáo dục và Đào tạo huyện Thanh Trì' })).toBeVisible();

  // Back in the tree, the commune is still open where it was left.
  await page.goBack();
  await expect(treeItem(page, 'UBND xã Thanh Trì')).toHaveAttribute('aria-expanded', 'true');
});

test('finds units with or without diacritics', async ({ page }) => {
  await signIn(page, 'bo.truongban');
  const search = page.getByLabel('Tìm đơn vị theo tên hoặc mã');
  const results = page.getByRole('list', { name: 'Tìm kiếm' });

  for (const query of ['thanh tri', 'Thanh Trì']) {
    await search.fill(query);
    const hit = results.getByRole('link', { name: /UBND xã Thanh Trì/ });
    await expect(hit).toBeVisible();
    // The ancestor path shows where the hit sits.
    await expect(hit).toContainText('Sở Giáo dục và Đào tạo Hà Nội');
    await expect(hit.locator('mark').first()).toHaveText('Thanh');
  }

  await search.fill('tan tien');
  const school = results.getByRole('link', { name: /Trường Mầm non Tân Tiến/ });
  await expect(school).toBeVisible();
  await expect(school).toContainText('UBND xã Nghĩa Trụ');
  await school.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trường Mầm non Tân Tiến' })).toBeVisible();

  // The search survives the way back.
  await page.goBack();
  await expect(search).toHaveValue('tan tien');
  await expect(results.getByRole('link', { name: /Trường Mầm non Tân Tiến/ })).toBeVisible();

  await search.fill('khong co don vi nao nhu the');
  await expect(page.getByText('Không tìm thấy đơn vị nào khớp với “khong co don vi nao nhu the”.')).toBeVisible();
});
