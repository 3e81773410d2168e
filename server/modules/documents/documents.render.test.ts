/**
 * The documents as LibreOffice lays them out (PDF → text per page, PNGs in
 * <tmp>/docs-preview for a person to look at): page count, the header blocks side by side,
 * page numbers from page 2, the signature with the end of the body, the letter's V/v and
 * Kính gửi, the annex with its table. Skipped, saying why, only where LibreOffice or
 * poppler-utils are missing (CI installs them).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidanceLetterDocument, reportWithSchoolsAnnex, tenPagePlanDocument } from './documents.fixtures.ts';
import { renderLetterDocx, renderPlanDocx, renderReportDocx } from './index.ts';
import { missingRenderTools, renderWithLibreOffice, type RenderedDocument } from './render.ts';

const missing = missingRenderTools();
if (missing) console.warn(`documents.render.test.ts skipped: ${missing}`);

const PREVIEW_DIR = join(tmpdir(), 'docs-preview');

/** pdftotext spreads justified lines with extra spaces (even inside words): compare without white space. */
const squash = (text: string) => text.replace(/\s+/g, '');
const lines = (page: string) => page.split('\n').map((line) => line.trim()).filter(Boolean);

describe.skipIf(missing !== null)(`rendered by LibreOffice${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let plan: RenderedDocument;
  let letter: RenderedDocument;
  let report: RenderedDocument;
  const planDocument = tenPagePlanDocument();

  beforeAll(async () => {
    [plan, letter, report] = await Promise.all([
      renderPlanDocx(planDocument).then((docx) => renderWithLibreOffice(docx, { pngDir: PREVIEW_DIR, name: 'plan' })),
      renderLetterDocx(guidanceLetterDocument()).then((docx) => renderWithLibreOffice(docx, { pngDir: PREVIEW_DIR, name: 'letter' })),
      renderReportDocx(reportWithSchoolsAnnex(120)).then((docx) => renderWithLibreOffice(docx, { pngDir: PREVIEW_DIR, name: 'report' })),
    ]);
  }, 180_000);

  it('lays the ten-page plan out on about ten pages, with a PNG of each', () => {
    expect(plan.pages).toBeGreaterThanOrEqual(7);
    expect(plan.pages).toBeLessThanOrEqual(14);
    expect(plan.pageTexts).toHaveLength(plan.pages);
    expect(plan.pngs).toHaveLength(plan.pages);
    expect(plan.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints the national title, the motto, the document type, the title, recipients and signer', () => {
    const text = squash(plan.text);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'KẾ HOẠCH', planDocument.title, 'Nơi nhận:', 'Phạm Văn Ngát', 'Số: 05/KH-PGDĐT', 'Thanh Trì, ngày 05 tháng 3 năm 2025']) {
      expect(text, expected).toContain(squash(expected));
    }
  });

  it('sets the two header blocks side by side', () => {
    const first = lines(plan.pageTexts[0]!);
    const top = first.find((line) => line.includes('CỘNG HÒA'))!;
    expect(top).toContain('UBND HUYỆN THANH TRÌ');
    expect(first.find((line) => line.includes('Độc lập'))).toContain('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
    expect(first.find((line) => line.includes('Thanh Trì, ngày'))).toContain('Số: 05/KH-PGDĐT');
  });

  it('numbers the pages at the top from page 2, not page 1', () => {
    const first = lines(plan.pageTexts[0]!);
    expect(first[0]).not.toMatch(/^\d+$/);
    expect(first.some((line) => /^\d+$/.test(line))).toBe(false);
    expect(lines(plan.pageTexts[1]!)[0]).toBe('2');
    expect(lines(plan.pageTexts[plan.pages - 1]!)[0]).toBe(String(plan.pages));
  });

  it('keeps the signature with the end of the body, recipients left and signer right', () => {
    const last = plan.pageTexts[plan.pages - 1]!;
    expect(squash(last)).toContain(squash('cán bộ, email: pgd-thanhtri@hanoiedu.vn) để được hướng dẫn./.'));
    const row = lines(last).find((line) => line.includes('Nơi nhận:'))!;
    expect(row).toContain('KT. TRƯỞNG PHÒNG');
    expect(row.indexOf('Nơi nhận:')).toBeLessThan(row.indexOf('KT. TRƯỞNG PHÒNG'));
    expect(squash(last)).toContain(squash('- Lưu: VT, TCCB.'));
  });

  it('renders the letter with its V/v line and Kính gửi', () => {
    const text = squash(letter.text);
    expect(letter.pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(squash('V/v hướng dẫn triển khai'));
    expect(text).toContain(squash('Kính gửi: Các trường công lập trực thuộc.'));
    expect(text).toContain(squash('Nguyễn Thị Thu Hà'));
    expect(text).not.toContain('KẾHOẠCH');
    const number = lines(letter.pageTexts[0]!).findIndex((line) => line.includes('Số: 360/PGDĐT-TCCB'));
    expect(lines(letter.pageTexts[0]!)[number + 1]).toMatch(/^V\/v /);
  });

  it('renders the report with its annexes on pages of their own', () => {
    const text = squash(report.text);
    expect(text).toContain('BÁOCÁO');
    const pageWith = (label: string) => report.pageTexts.findIndex((page) => lines(page).includes(label));
    const annexPage = pageWith('Phụ lục I');
    expect(annexPage).toBeGreaterThan(0);
    // Its first lines: the page number, the label, the caption.
    expect(lines(report.pageTexts[annexPage]!).slice(0, 3)).toEqual([String(annexPage + 1), 'Phụ lục I', '(Kèm theo Báo cáo số 15/BC-SGDĐT ngày 05/12/2025)']);
    const second = pageWith('Phụ lục II');
    expect(second).toBeGreaterThan(annexPage);
    const schools = report.pageTexts.slice(second).join('\f');
    expect(schools).toMatch(/Trường Tiểu học Bắc Hà số 1/);
    expect(schools).toMatch(/\b\d{1,3}\.\d{3}\b/);
    expect(schools).toMatch(/\b\d{1,2},\d\b/);
    // The header row is repeated on every page of the table.
    const pagesOfTable = report.pageTexts.slice(second);
    expect(pagesOfTable.length).toBeGreaterThan(1);
    for (const page of pagesOfTable) expect(page).toMatch(/Tên trường/);
  });
});
