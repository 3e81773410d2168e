/**
 * Inputs no document should send, which the importer must still answer in linear time
 * with a document that validates. There is no timing assertion (bench/ measures the
 * 10-page plan); these tests only have to finish.
 */
import { describe, expect, it } from 'vitest';
import { tenPagePlanText } from './fixtures.ts';
import { chunkText } from './limits.ts';
import { parsePlan } from './parse-plan.ts';
import { importText } from './testing.ts';

const LONG = 200_000;

describe('long and pathological input', () => {
  const phrase = 'Căn cứ Quyết định số 1/QĐ-UB ngày 1/1/2020 của Bộ, Ban xây dựng; “a; b” 70% ít nhất 02 lớp trước ngày 5/6 và 30/11 báo cáo ';
  it.each([
    ['words', phrase.repeat(Math.ceil(LONG / phrase.length))],
    ['spaces', `a${' '.repeat(LONG)}b`],
    ['dots', `Trên đây${'.'.repeat(LONG)}`],
    ['slashes', '1/'.repeat(LONG / 2)],
    ['stars', '*a '.repeat(LONG / 3)],
    ['parentheses', '('.repeat(LONG)],
    ['quotes', '“'.repeat(LONG)],
    ['dashes', '- '.repeat(LONG / 2)],
    ['upper case', `KẾ HOẠCH ${'A'.repeat(LONG)}`],
    ['numbered', `1. ${'x, Ban y xây dựng '.repeat(LONG / 18)}`],
    ['tabs', 'x\t'.repeat(LONG / 2)],
    ['date words', `Hà Nội, ngày ${' tháng '.repeat(LONG / 7)}`],
    ['percent', '1%,'.repeat(LONG / 3)],
    ['semicolons', `Căn cứ ${'Luật;'.repeat(LONG / 5)}`],
  ])('a 200,000-character single line of %s', (_name, text) => {
    const { document } = importText(text);
    expect(document).toBeDefined();
  });

  it('a paragraph longer than the schema allows is cut into paragraphs, not truncated', () => {
    const sentence = 'Tăng cường công tác truyền thông về bình đẳng giới. ';
    const text = `I. NỘI DUNG\n${sentence.repeat(1_000)}`;
    const { document, warnings } = importText(text);
    const items = document.sections[0]!.items;
    expect(items.length).toBeGreaterThan(1);
    expect(items.map((i) => i.text).join(' ').length).toBeGreaterThanOrEqual(sentence.repeat(1_000).trim().length - items.length);
    expect(warnings.some((w) => w.message.includes('tách thành nhiều đoạn'))).toBe(true);
  });

  it('chunkText cuts after a sentence when it can', () => {
    expect(chunkText('Một hai. Ba bốn năm.', 12)).toEqual(['Một hai.', 'Ba bốn năm.']);
    expect(chunkText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('many paragraphs beyond the lists’ limits still validate', () => {
    const text = ['I. NỘI DUNG', ...Array.from({ length: 2_500 }, (_, i) => `- Hoạt động ${i}.`), 'Nơi nhận:', ...Array.from({ length: 250 }, (_, i) => `- Đơn vị ${i};`)].join('\n');
    const { document, warnings } = importText(text);
    expect(document.sections[0]!.items).toHaveLength(2_000);
    expect(document.recipients).toHaveLength(200);
    expect(warnings.filter((w) => w.message.includes('chỉ giữ'))).toHaveLength(2);
  });

  it('empty input', () => {
    const { document } = importText('');
    expect(document.sections).toEqual([]);
    expect(parsePlan([]).warnings.length).toBeGreaterThan(0);
  });
});

describe('tenPagePlanText', () => {
  it('is about ten pages of seed 002 and imports to a valid document', () => {
    const text = tenPagePlanText();
    expect(text.length).toBeGreaterThanOrEqual(45_000);
    expect(text.length).toBeLessThan(60_000);
    const { document } = importText(text);
    expect(document.sections.filter((s) => s.label === 'II.').length).toBeGreaterThanOrEqual(2);
    expect(document.legalBases).toHaveLength(6);
    expect(document.signer.name).toBe('Phạm Văn Ngát');
  });
});
