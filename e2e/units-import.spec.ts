/**
 * Units import as an admin does it: a file with mistakes is refused row by row and
 * nothing is written; the corrected file is applied and the new unit is in the tree.
 */
import { expect, test, type Page } from '@playwright/test';
import { UNIT_FILE_COLUMNS } from '../common/contracts/units.ts';
import { signIn } from './support/session.ts';

const REQUIRED = UNIT_FILE_COLUMNS.filter((column) => column.required).map((column) => column.header);

function csv(rows: string[][]): Buffer {
  return Buffer.from([REQUIRED, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n', 'utf8');
}

async function upload(page: Page, name: string, content: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: content });
}

function errorRow(page: Page, row: number) {
  return page.getByTestId('import-errors').getByRole('row').filter({ has: page.getByRole('cell', { name: String(row), exact: true }) });
}

test('a file with an unknown parent and a duplicate code is refused with row numbers, the corrected one is applied', async ({ page }) => {
  await signIn(page, 'thanhtri.admin');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhập/Xuất đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập/Xuất đơn vị' })).toBeVisible();

  // Line 2: a parent code nobody has; lines 3 and 4: the same code twice.
  await upload(
    page,
    'don-vi-loi.csv',
    csv([
      ['MN-HNI-E2E-SEN', 'Trường Mầm non Hoa Sen Thử Nghiệm', 'MN', 'XA-KHONG-TON-TAI'],
      ['MN-HNI-E2E-CUC', 'Trường Mầm non Hoa Cúc Thử Nghiệm', 'MN', 'XA-HNI-THANHTRI'],
      ['MN-HNI-E2E-CUC', 'Trường Mầm non Hoa Cúc Thử Nghiệm 2', 'MN', 'XA-HNI-THANHTRI'],
    ]),
  );
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra: don-vi-loi.csv' })).toBeVisible();
  await expect(errorRow(page, 2)).toContainText('XA-KHONG-TON-TAI');
  await expect(errorRow(page, 2)).toContainText('Mã đơn vị cấp trên');
  await expect(errorRow(page, 4)).toContainText('MN-HNI-E2E-CUC');
  await expect(page.getByRole('button', { name: 'Ghi vào hệ thống' })).toBeDisabled();
  await expect(page.getByText('Sửa hết lỗi trong tệp để có thể ghi.')).toBeVisible();

  await upload(
    page,
    'don-vi.csv',
    csv([
      ['MN-HNI-E2E-SEN', 'Trường Mầm non Hoa Sen Thử Nghiệm', 'MN', 'XA-HNI-THANHTRI'],
      ['MN-HNI-E2E-CUC', 'Trường Mầm non Hoa Cúc Thử Nghiệm', 'MN', 'XA-HNI-THANHTRI'],
    ]),
  );
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra: don-vi.csv' })).toBeVisible();
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-sample')).toContainText('MN-HNI-E2E-SEN');
  const apply = page.getByRole('button', { name: 'Ghi vào hệ thống' });
  await expect(apply).toBeEnabled();
  await apply.click();
  const confirm = page.getByRole('dialog', { name: 'Xác nhận thay đổi' });
  await confirm.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
  await expect(page.getByText('Đã nhập xong')).toBeVisible();
  await expect(page.getByText(/Đã thêm 2 đơn vị/)).toBeVisible();

  // The new schools are in the tree under the commune, and found by search without diacritics.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await expect(page.getByRole('treeitem', { name: /^Trường Mầm non Hoa Sen Thử Nghiệm/ })).toBeVisible();
  await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('hoa sen thu nghiem');
  const hit = page.getByRole('link', { name: /Trường Mầm non Hoa Sen Thử Nghiệm/ });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('UBND xã Thanh Trì');
});
