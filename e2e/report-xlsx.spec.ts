/**
 * The offline round trip as a school officer does it: download the form as .xlsx, fill it
 * in a spreadsheet (here exceljs plays Excel), upload it; the figures appear in the web
 * form. A file with a formula in it is refused with its row and column, and nothing changes.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/session.ts';

const ANNUAL = /Báo cáo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm \d{4}/;
const STAFF = 'Tổng số cán bộ, giáo viên, nhân viên';

async function downloadForm(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải biểu mẫu Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as never);
  return workbook;
}

/** The row whose hidden marker (column A) names these value keys. */
function rowOf(workbook: ExcelJS.Workbook, marker: string): ExcelJS.Row {
  const sheet = workbook.getWorksheet('Báo cáo')!;
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value ?? '') === marker) found = row;
  });
  expect(found, marker).toBeDefined();
  return found!;
}

async function upload(page: Page, workbook: ExcelJS.Workbook, name: string) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Nhập từ tệp Excel' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('dialog', { name: 'Nhập nội dung từ tệp Excel' }).getByRole('button', { name: 'Nhập từ tệp Excel' }).click();
}

test('download the form, fill it in a spreadsheet, upload it; a tampered file changes nothing', async ({ page }) => {
  await signIn(page, 'nguhiep.canbo');
  await page.goto('/reports');
  await page.getByRole('link', { name: ANNUAL }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: ANNUAL })).toBeVisible();

  const tampered = await downloadForm(page);
  rowOf(tampered, 'value:staff.total staff.female staff.male').getCell(4).value = { formula: 'SUM(1,2)', result: 3 } as never;
  await upload(page, tampered, 'bieu-mau-sai.xlsx');
  const errors = page.getByTestId('report-import-errors');
  await expect(page.getByText('Tệp có lỗi, chưa có gì được ghi')).toBeVisible();
  await expect(errors).toContainText('công thức');

  const workbook = await downloadForm(page);
  const staff = rowOf(workbook, 'value:staff.total staff.female staff.male');
  staff.getCell(4).value = 52;
  staff.getCell(5).value = 38;
  staff.getCell(6).value = 14;
  await upload(page, workbook, 'bieu-mau-thcs-ngu-hiep.xlsx');
  await expect(page.getByText('Đã nhập nội dung từ tệp Excel')).toBeVisible();
  await expect(page.getByRole('textbox', { name: `${STAFF} — Tổng số`, exact: true })).toHaveValue('52');
  await expect(page.getByRole('textbox', { name: `${STAFF} — Nữ`, exact: true })).toHaveValue('38');
  await page.reload();
  await expect(page.getByRole('textbox', { name: `${STAFF} — Nam`, exact: true })).toHaveValue('14');
});
