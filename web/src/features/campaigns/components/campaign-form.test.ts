import { describe, expect, it } from 'vitest';
import type { UnitKinds } from '../api/get-unit-kinds.ts';
import {
  campaignBodyOf,
  defaultRespondentKindIds,
  initialCampaignForm,
  isNameablePeriod,
  periodOfForm,
  respondentKindGroups,
  suggestCampaignName,
  validateCampaignForm,
  type CampaignFormValues,
} from './campaign-form.ts';

const words = { required: 'REQUIRED', invalidDate: 'INVALID_DATE' };
const TEMPLATE = 'Báo cáo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ';

function filled(changes: Partial<CampaignFormValues> = {}): CampaignFormValues {
  return {
    ...initialCampaignForm('2026-05-20'),
    name: 'Báo cáo 6 tháng',
    templateVersionId: '1',
    year: '2026',
    half: '1',
    asOf: '15/6/2026',
    opensOn: '01/06/2026',
    deadline: '30.06.2026',
    respondentKindIds: ['5', '7'],
    ...changes,
  };
}

describe('initialCampaignForm', () => {
  it('starts on the current half year, opening today', () => {
    expect(initialCampaignForm('2026-05-20')).toMatchObject({ periodKind: 'half-year', year: '2026', half: '1', startYear: '2025', opensOn: '20/05/2026', rollupBasis: 'submitted' });
    expect(initialCampaignForm('2026-12-01')).toMatchObject({ half: '2', startYear: '2026' });
  });
});

describe('campaignBodyOf', () => {
  it('sends dates as yyyy-mm-dd, however they were typed, and ids as numbers', () => {
    expect(campaignBodyOf(filled())).toEqual({
      name: 'Báo cáo 6 tháng',
      templateVersionId: 1,
      period: { kind: 'half-year', year: 2026, half: 1 },
      asOf: '2026-06-15',
      opensOn: '2026-06-01',
      deadline: '2026-06-30',
      locksOn: null,
      rollupBasis: 'submitted',
      respondentKindIds: [5, 7],
      instructions: null,
    });
  });

  it('builds each kind of period from its own fields', () => {
    expect(periodOfForm(filled({ periodKind: 'year', year: '2025' }))).toEqual({ kind: 'year', year: 2025 });
    expect(periodOfForm(filled({ periodKind: 'school-year', startYear: '2025' }))).toEqual({ kind: 'school-year', startYear: 2025 });
    expect(periodOfForm(filled({ periodKind: 'custom', from: '1/1/2026', to: '22/11/2026' }))).toEqual({ kind: 'custom', from: '2026-01-01', to: '2026-11-22' });
    expect(periodOfForm(filled({ half: '2' }))).toEqual({ kind: 'half-year', year: 2026, half: 2 });
  });
});

describe('validateCampaignForm', () => {
  it('accepts a complete form', () => {
    expect(validateCampaignForm(filled(), words)).toEqual({});
  });

  it('names blank and unreadable dates in its own words', () => {
    const errors = validateCampaignForm(filled({ asOf: '', deadline: '31/02/2026', locksOn: 'sau Tết' }), words);
    expect(errors).toMatchObject({ asOf: 'REQUIRED', deadline: 'INVALID_DATE', locksOn: 'INVALID_DATE' });
  });

  it('reports the contract’s schedule order on the later date', () => {
    expect(validateCampaignForm(filled({ deadline: '31/05/2026' }), words).deadline).toBe('Hạn nộp phải sau hoặc trùng ngày mở');
    expect(validateCampaignForm(filled({ locksOn: '29/06/2026' }), words).locksOn).toBe('Ngày khóa phải sau hoặc trùng hạn nộp');
  });

  it('puts a problem with the period on the field that describes it', () => {
    expect(validateCampaignForm(filled({ year: '1900' }), words).year).toMatch(/^Năm phải là số nguyên/);
    expect(validateCampaignForm(filled({ periodKind: 'school-year', startYear: '' }), words).startYear).toBe('REQUIRED');
    const reversed = validateCampaignForm(filled({ periodKind: 'custom', from: '01/07/2026', to: '01/01/2026' }), words);
    expect(reversed.to).toBe('Ngày bắt đầu phải trước hoặc trùng ngày kết thúc kỳ báo cáo');
    expect(validateCampaignForm(filled({ periodKind: 'custom', from: '', to: '' }), words)).toMatchObject({ from: 'REQUIRED', to: 'REQUIRED' });
  });

  it('needs a name, a template and at least one kind of unit', () => {
    const errors = validateCampaignForm(filled({ name: '  ', templateVersionId: '', respondentKindIds: [] }), words);
    expect(errors.name).toBe('REQUIRED');
    expect(errors.templateVersionId).toBeTruthy();
    expect(errors.respondentKindIds).toBe('Chọn ít nhất một loại đơn vị phải báo cáo');
  });
});

describe('suggestCampaignName', () => {
  it('joins the template’s name and the period, as the seeds title their reports', () => {
    expect(suggestCampaignName(TEMPLATE, { kind: 'half-year', year: 2026, half: 1 })).toBe(
      'Báo cáo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ 6 tháng đầu năm 2026',
    );
    expect(suggestCampaignName(TEMPLATE, { kind: 'year', year: 2026 })).toBe(`${TEMPLATE} năm 2026`);
    expect(suggestCampaignName(TEMPLATE, { kind: 'school-year', startYear: 2025 })).toBe(`${TEMPLATE} năm học 2025–2026`);
    expect(suggestCampaignName(undefined, { kind: 'year', year: 2026 })).toBe('');
  });

  it('is offered only for a real period', () => {
    expect(isNameablePeriod({ kind: 'year', year: Number.NaN })).toBe(false);
    expect(isNameablePeriod({ kind: 'custom', from: '2026-01-01', to: '31/12' })).toBe(false);
    expect(isNameablePeriod({ kind: 'half-year', year: 2026, half: 2 })).toBe(true);
  });
});

describe('respondent kinds', () => {
  const data: UnitKinds = {
    levels: [
      { id: 1, code: 'central', name: 'Trung ương (Bộ)', depth: 0 },
      { id: 4, code: 'school', name: 'Cơ sở giáo dục', depth: 3 },
      { id: 2, code: 'province', name: 'Cấp tỉnh (Sở)', depth: 1 },
      { id: 3, code: 'local', name: 'Cấp xã', depth: 2 },
    ],
    kinds: [
      { id: 1, code: 'BO', name: 'Bộ', shortName: 'Bộ', levelId: 1, isSchool: false },
      { id: 2, code: 'SO', name: 'Sở', shortName: 'Sở', levelId: 2, isSchool: false },
      { id: 3, code: 'PGD', name: 'Phòng GD&ĐT', shortName: 'PGD', levelId: 3, isSchool: false },
      { id: 4, code: 'XA', name: 'UBND xã', shortName: 'Xã', levelId: 3, isSchool: false },
      { id: 5, code: 'MN', name: 'Trường mầm non', shortName: 'MN', levelId: 4, isSchool: true },
      { id: 8, code: 'THCS', name: 'Trường THCS', shortName: 'THCS', levelId: 4, isSchool: true },
    ],
  };

  it('offers the levels strictly below the issuer, top down', () => {
    expect(respondentKindGroups(data, 2).map((g) => [g.level.code, g.kinds.map((k) => k.code)])).toEqual([
      ['local', ['PGD', 'XA']],
      ['school', ['MN', 'THCS']],
    ]);
    expect(respondentKindGroups(data, 4).map((g) => g.level.code)).toEqual(['school']);
    expect(respondentKindGroups(data, 5)).toEqual([]);
    expect(respondentKindGroups(data, null).map((g) => g.level.code)).toEqual(['province', 'local', 'school']);
  });

  it('preselects schools and communes, not the former district offices', () => {
    expect(defaultRespondentKindIds(respondentKindGroups(data, 2))).toEqual(['4', '5', '8']);
  });
});
