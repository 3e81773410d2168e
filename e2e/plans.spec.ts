/**
 * Plans as the units write them: an officer of the Hà Nội Department imports a real plan
 * (the Thanh Trì office's 2025 plan, seed 002, as the Word file it came in), corrects one
 * task, saves the draft; the committee head of the same unit issues it and downloads the
 * .docx. Then a school officer starts the school's plan from its commune's issued plan
 * ("Lập từ kế hoạch cấp trên") and finds the commune's legal bases at the start of its own,
 * the commune's plan itself last; her principal saves the draft while she edits it, and her
 * save is stopped, told who saved and when, then kept over his. axe on each screen.
 */
import { stat } from 'node:fs/promises';
import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { defaultIssueDate } from '../common/plans/issue-date.ts';
import { formatDate, todayInVietnam } from '../common/text/format.ts';
import { seedDocx, seedPlanTexts } from '../server/modules/plans/import/plan-file.fixtures.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/session.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Seed 002, kept in the repository as the demo imports it. */
const THANH_TRI_2025 = seedPlanTexts().find((seed) => seed.name === 'thanh-tri-pgd-2025.txt')!.text;
const CORRECTED = 'Tiếp tục đẩy mạnh truyền thông về bình đẳng giới, vì sự tiến bộ của phụ nữ trong toàn ngành (đã sửa khi nhập)';

/** Another person at another computer: a browser context of their own, signed in. */
async function signedInPage(browser: Browser, baseURL: string | undefined, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

test('an officer imports a seed plan from Word, corrects a task and saves it; the committee head issues it and downloads the .docx', async ({ page, browser, baseURL }) => {
  // Two people, an import, an issue and a download, and axe over a long plan six times.
  test.setTimeout(150_000);
  await signIn(page, 'hanoi.canbo');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
  await expectNoSeriousViolations(page, 'plans');

  // The import: the Word file as the office sent it; what was read opens for review.
  await page.getByRole('link', { name: 'Nhập từ Word/văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập kế hoạch từ Word hoặc văn bản' })).toBeVisible();
  await expectNoSeriousViolations(page, 'plan import');
  await page.getByTestId('plan-file-input').setInputFiles({ name: 'ke-hoach-bdg-thanh-tri-2025.docx', mimeType: DOCX, buffer: seedDocx(THANH_TRI_2025) });
  await expect(page.getByRole('heading', { name: '2. Kiểm tra và sửa' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Kết quả đọc tệp “ke-hoach-bdg-thanh-tri-2025\.docx”/)).toBeVisible();
  await expect(page.getByTestId('plan-import-warnings')).toContainText('Cần kiểm tra');
  const outline = page.getByRole('navigation', { name: 'Mục lục kế hoạch' });
  await expect(outline.getByRole('link', { name: /II\. NỘI DUNG THỰC HIỆN/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Tên kế hoạch/ })).toHaveValue(/bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo huyện Thanh Trì năm 2025/);
  await expectNoSeriousViolations(page, 'import review');

  // One task corrected, the issuing body filled in (the extracted text has no header block), saved.
  await outline.getByRole('link', { name: /1\. Tuyên truyền, phổ biến/ }).click();
  const task = page.getByRole('textbox', { name: /^Nội dung — Dòng 1 của 1\. Tuyên truyền, phổ biến/ });
  await expect(task).toHaveValue(/^Tiếp tục đẩy mạnh truyền thông về các chủ trương/);
  await task.fill(CORRECTED);
  await page.getByRole('textbox', { name: 'Cơ quan ban hành', exact: true }).fill('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
  await expect(page.getByRole('region', { name: 'Lưu kế hoạch' })).toContainText('Chưa lưu');
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  const planUrl = new URL(page.url()).pathname;
  await expect(page.getByText('Đã lưu dự thảo kế hoạch')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lưu kế hoạch' })).toContainText(/Đã lưu lúc/);
  await expect(page.getByRole('textbox', { name: /^Nội dung — Dòng 1 của 1\. Tuyên truyền, phổ biến/ })).toHaveValue(CORRECTED);
  // Only the committee head issues.
  await expect(page.getByRole('button', { name: 'Ban hành' })).toBeHidden();
  await expectNoSeriousViolations(page, 'plan editor');

  // The committee head of the same unit issues it: the next number, the date of the plan.
  const head = await signedInPage(browser, baseURL, 'hanoi.truongban');
  await head.goto(planUrl);
  await expect(head.getByRole('textbox', { name: /^Nội dung — Dòng 1 của 1\. Tuyên truyền, phổ biến/ })).toHaveValue(CORRECTED);
  await head.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = head.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  // The undated 2025 plan is proposed a date within its years (today's only while that is one), never one the server refuses.
  const issuedOn = dialog.getByRole('textbox', { name: 'Ngày ban hành' });
  await expect(issuedOn).toHaveValue(formatDate(defaultIssueDate({ fromYear: 2025, toYear: 2025, documentDate: null }, todayInVietnam())));
  await expect(dialog).toContainText('dd/mm/yyyy, trong năm 2024–2025');
  await issuedOn.fill('05/03/2025');
  await expectNoSeriousViolations(head, 'issue dialog');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(head.getByText(/^Đã ban hành kế hoạch số \d+\/KH-PGD&ĐT$/)).toBeVisible();
  await expect(dialog).toBeHidden();
  const document = head.getByRole('article', { name: 'Nội dung kế hoạch như văn bản' });
  await expect(document).toContainText('KẾ HOẠCH');
  await expect(document).toContainText(CORRECTED);
  await expect(document).toContainText(/Thanh Trì, ngày 05 tháng 3 năm 2025/);
  await expect(head.getByText('Đã ban hành', { exact: true }).first()).toBeVisible();
  await expectNoSeriousViolations(head, 'issued plan');

  // The .docx an office signs.
  const [download] = await Promise.all([head.waitForEvent('download'), head.getByRole('link', { name: 'Tải .docx' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const size = (await stat((await download.path())!)).size;
  expect(size).toBeGreaterThan(5 * 1024);
  await head.context().close();

  // Back in the list: issued, numbered, dated.
  await page.goto('/plans');
  const row = page.getByTestId('plans-table').getByRole('row', { name: /huyện Thanh Trì năm 2025/ });
  await expect(row).toContainText(/Số \d+\/KH-PGD&ĐT/);
  await expect(row).toContainText('05/03/2025');
  await expect(row).toContainText('Đã ban hành');
  await page.getByLabel('Tìm theo tên hoặc số kế hoạch').fill('thanh tri 2025');
  await expect(page.getByTestId('plans-table').getByRole('row')).toHaveCount(2);
});

test('a school officer starts the school’s plan from its commune’s plan and finds the commune’s legal bases first; a save that crossed another is told who saved', async ({ page, browser, baseURL }) => {
  // What the commune's issued plan cites, read as its committee head reads it.
  const api = await request.newContext({ baseURL });
  await api.post('/api/auth/login', { data: { username: 'thanhtri.truongban', password: DEMO_PASSWORD } });
  const { items } = (await (await api.get('/api/plans', { params: { status: 'issued' } })).json()) as { items: { id: number; number: string }[] };
  expect(items.length).toBeGreaterThan(0);
  const communePlan = (await (await api.get(`/api/plans/${items[0]!.id}`)).json()) as { number: string; content: { legalBases: { text: string }[] } };
  await api.dispose();
  const communeBases = communePlan.content.legalBases.map((basis) => basis.text);
  expect(communeBases.length).toBeGreaterThan(0);

  await signIn(page, 'nguhiep.canbo');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await page.getByRole('button', { name: 'Lập từ kế hoạch cấp trên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lập kế hoạch từ kế hoạch của cấp trên' });
  await expect(dialog.getByRole('heading', { name: 'Kế hoạch đã ban hành của UBND xã Thanh Trì' })).toBeVisible();
  await expectNoSeriousViolations(page, 'derive dialog');
  await dialog.getByRole('button', { name: /^Lập kế hoạch từ kế hoạch này/ }).first().click();

  await expect(page).toHaveURL(/\/plans\/\d+$/);
  const draftUrl = page.url();
  await expect(page.getByText('Đã lập dự thảo kế hoạch từ kế hoạch của cấp trên')).toBeVisible();
  await expect(page.getByText('Trường THCS Ngũ Hiệp · 2027')).toBeVisible();
  // The commune's bases open the school's, in the same order; the commune's plan comes after them.
  for (const [index, text] of communeBases.entries()) {
    await expect(page.getByRole('textbox', { name: `Câu trích dẫn — Căn cứ ${index + 1}`, exact: true })).toHaveValue(text);
  }
  const last = page.getByRole('textbox', { name: `Câu trích dẫn — Căn cứ ${communeBases.length + 1}`, exact: true });
  await expect(last).toHaveValue(new RegExp(`Kế hoạch số ${communePlan.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.*UBND xã Thanh Trì`));
  await expect(page.getByRole('textbox', { name: 'Cơ quan ban hành', exact: true })).toHaveValue(/THCS NGŨ HIỆP/i);
  await expectNoSeriousViolations(page, 'derived draft');

  // The request tab says the school is drafting its answer.
  await page.goto('/plans?tab=requests');
  const received = page.getByRole('article', { name: /Xây dựng kế hoạch công tác bình đẳng giới/ });
  await expect(received).toContainText('Đang soạn');
  await expectNoSeriousViolations(page, 'plan requests');

  // Two people on the draft: the principal saves first; the officer's save is stopped and told who saved, then keeps hers.
  const planUrl = new URL(draftUrl).pathname;
  const principal = await signedInPage(browser, baseURL, 'nguhiep.hieutruong');
  await Promise.all([principal.goto(planUrl), page.goto(planUrl)]);
  const titleOf = (p: Page) => p.getByRole('textbox', { name: /^Tên kế hoạch/ });
  await expect(titleOf(principal)).toHaveValue(/Trường THCS Ngũ Hiệp năm 2027$/);
  await expect(titleOf(page)).toHaveValue(/Trường THCS Ngũ Hiệp năm 2027$/);
  await titleOf(principal).fill('Kế hoạch của hiệu trưởng');
  await principal.getByRole('region', { name: 'Lưu kế hoạch' }).getByRole('button', { name: 'Lưu' }).click();
  await expect(principal.getByRole('region', { name: 'Lưu kế hoạch' })).toContainText(/Đã lưu lúc/);
  await titleOf(page).fill('Kế hoạch của cán bộ phụ trách');
  await page.getByRole('region', { name: 'Lưu kế hoạch' }).getByRole('button', { name: 'Lưu' }).click();
  const conflict = page.getByRole('dialog', { name: 'Kế hoạch vừa được người khác lưu' });
  await expect(conflict).toContainText('Đặng Văn Hùng đã lưu kế hoạch này lúc');
  await expectNoSeriousViolations(page, 'plan conflict');
  await conflict.getByRole('button', { name: 'Giữ bản của tôi và lưu đè' }).click();
  await expect(conflict).toBeHidden();
  await expect(page.getByRole('region', { name: 'Lưu kế hoạch' })).toContainText(/Đã lưu lúc/);
  await principal.reload();
  await expect(titleOf(principal)).toHaveValue('Kế hoạch của cán bộ phụ trách');
  await principal.context().close();
});
