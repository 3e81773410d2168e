import { describe, expect, it } from 'vitest';
import { emptyPlanDocument, type PlanSection } from '../../../../../common/plans/plan-document.ts';
import { applyEdit, composeCitationText, firstChildLabel, fromRoman, nextLabel, outlineOf, sectionAt, sectionPathOf, toRoman } from './plan-edit.ts';

const section = (label: string, title: string, sections: PlanSection[] = []): PlanSection => ({ label, title, role: 'other', items: [], sections });

describe('applyEdit', () => {
  const doc = { ...emptyPlanDocument(), sections: [section('I.', 'MỤC ĐÍCH, YÊU CẦU', [section('1.', 'Mục đích'), section('2.', 'Yêu cầu')]), section('II.', 'NHIỆM VỤ')] };

  it('sets a field deep in the outline and keeps every untouched part as it was', () => {
    const next = applyEdit(doc, { type: 'set', path: [...sectionPathOf('0.1'), 'title'], value: 'Yêu cầu chung' });
    expect(sectionAt(next, '0.1')?.title).toBe('Yêu cầu chung');
    expect(doc.sections[0]!.sections[1]!.title).toBe('Yêu cầu');
    expect(next.sections[1]).toBe(doc.sections[1]);
    expect(next.sections[0]!.sections[0]).toBe(doc.sections[0]!.sections[0]);
  });

  it('inserts, removes and moves entries of a list', () => {
    const inserted = applyEdit(doc, { type: 'insert', path: ['sections'], index: 1, value: section('III.', 'KINH PHÍ') });
    expect(inserted.sections.map((s) => s.label)).toEqual(['I.', 'III.', 'II.']);
    const moved = applyEdit(inserted, { type: 'move', path: ['sections'], from: 1, to: 2 });
    expect(moved.sections.map((s) => s.label)).toEqual(['I.', 'II.', 'III.']);
    const removed = applyEdit(moved, { type: 'remove', path: sectionPathOf('0').concat('sections'), index: 0 });
    expect(removed.sections[0]!.sections.map((s) => s.title)).toEqual(['Yêu cầu']);
    expect(applyEdit(doc, { type: 'move', path: ['sections'], from: 0, to: 5 }).sections).toEqual(doc.sections);
  });
});

describe('labels', () => {
  it('counts in Roman numerals, numbers, nested numbers and Vietnamese letters', () => {
    expect(nextLabel('II.', 'I.')).toBe('III.');
    expect(nextLabel('IX.', 'I.')).toBe('X.');
    expect(nextLabel('3.', '1.')).toBe('4.');
    expect(nextLabel('2.3.', '2.1.')).toBe('2.4.');
    expect(nextLabel('c)', 'a)')).toBe('d)');
    expect(nextLabel('d)', 'a)')).toBe('đ)');
    expect(nextLabel('e)', 'a)')).toBe('g)');
    expect(nextLabel('-', '-')).toBe('-');
    expect(nextLabel(null, 'I.')).toBe('I.');
  });

  it('starts a sub-list under its parent', () => {
    expect(firstChildLabel('II.')).toBe('1.');
    expect(firstChildLabel('2.')).toBe('2.1.');
    expect(firstChildLabel('2.1.')).toBe('a)');
  });

  it('reads and writes Roman numerals', () => {
    expect(toRoman(14)).toBe('XIV');
    expect(fromRoman('XIV')).toBe(14);
    expect(fromRoman('IIII')).toBeNull();
  });
});

describe('composeCitationText', () => {
  it('writes the sentence the seeds write', () => {
    expect(
      composeCitationText({ lead: 'Căn cứ', type: 'Quyết định', number: '383/QĐ-BGDĐT', date: '2022-01-26', issuer: 'Bộ Giáo dục và Đào tạo', title: 'Về việc ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ' }),
    ).toBe('Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26/1/2022 của Bộ Giáo dục và Đào tạo về việc ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ;');
    expect(composeCitationText({ lead: 'Thực hiện', type: 'Luật', number: null, date: null, issuer: null, title: 'Bình đẳng giới' })).toBe('Thực hiện Luật Bình đẳng giới;');
  });
});

describe('outlineOf', () => {
  it('lists every section in document order with its depth', () => {
    const outline = outlineOf([section('I.', 'A', [section('1.', 'B')]), section('II.', 'C')]);
    expect(outline.map((entry) => [entry.key, entry.depth])).toEqual([
      ['0', 0],
      ['0.0', 1],
      ['1', 0],
    ]);
  });
});
