import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportDetail, SaveReportInput } from '../../../../../common/contracts/campaigns.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { AUTOSAVE_DELAY_MS, ReportAutosave } from './use-autosave.ts';
import { ReportDraft } from './use-report-draft.ts';

const definition: ReportDetail['definition'] = {
  sections: [
    {
      code: 'cadres',
      title: 'Cán bộ',
      order: 1,
      items: [
        { kind: 'number', code: 'staff', label: 'Tổng số cán bộ', valueType: 'integer', unit: 'người', disaggregation: 'sex', prefill: 'roster.staffBySex' },
        { kind: 'text', code: 'results', label: 'Kết quả đạt được', hint: null, required: true },
        { kind: 'targets', code: 'goals', label: 'Chỉ tiêu', targets: [{ code: 'womenLeaders', label: 'Nữ lãnh đạo', source: 'NQ 28' }] },
      ],
    },
  ],
  rules: [
    { id: 'sum', expression: 'staff.female + staff.male == staff.total', severity: 'error', message: 'Nữ + nam phải bằng tổng số' },
    { id: 'few', expression: 'staff.total >= 10', severity: 'warning', message: 'Ít cán bộ' },
  ],
};

function detailOf(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: 7,
    campaign: { id: 1, name: 'Đợt', issuer: { id: 1, code: 'SGD', name: 'Sở' }, periodLabel: 'Năm 2026', asOf: '2026-11-30', opensOn: '2026-11-01', deadline: '2026-12-15', locksOn: null, rollupBasis: 'submitted' },
    unit: { id: 2, code: 'TH', name: 'Trường', kindName: 'Trường tiểu học' },
    reviewer: { id: 1, code: 'SGD', name: 'Sở' },
    state: 'draft',
    status: 'draft',
    version: 3,
    deadline: '2026-12-15',
    extendedDeadline: null,
    extensionReason: null,
    exemptionReason: null,
    firstSubmittedAt: null,
    submittedAt: null,
    lateReason: null,
    isReopened: false,
    reviewComment: null,
    reviewedAt: null,
    reviewedByName: null,
    updatedAt: '2026-12-01T07:00:00.000Z',
    updatedByName: 'Lan',
    definition,
    values: { 'staff.total': 1234 },
    answers: { texts: { results: 'Tốt' }, targets: { womenLeaders: { assessment: 'achieved', reason: 'Có' } } },
    responses: { explanations: { few: 'Trường nhỏ' }, confirmations: [] },
    prefill: null,
    subtreeRollup: null,
    snapshots: [],
    canEdit: true,
    editBlockedReason: null,
    canReview: false,
    canManage: false,
    ...overrides,
  };
}

describe('ReportDraft', () => {
  it('shows saved figures the Vietnamese way and gives the contract its content back', () => {
    const draft = new ReportDraft(detailOf());
    expect(draft.get('v:staff.total').text).toBe('1.234');
    expect(draft.content()).toEqual({
      values: { 'staff.total': 1234 },
      answers: { texts: { results: 'Tốt' }, targets: { womenLeaders: { assessment: 'achieved', reason: 'Có' } } },
      responses: { explanations: { few: 'Trường nhỏ' }, confirmations: [] },
      unreadable: [],
    });
  });

  it('keeps text typed into a number cell and reports it instead of dropping it', () => {
    const draft = new ReportDraft(detailOf());
    draft.set('v:staff.female', '8o0');
    expect(draft.get('v:staff.female').text).toBe('8o0');
    expect(draft.content().unreadable).toEqual([{ field: 'staff.female', message: '8o0' }]);
    expect(draft.content().values).not.toHaveProperty('staff.female');
    expect(draft.unsavableCount()).toBe(1);
  });

  it('counts negatives and fractions of people as unsavable too', () => {
    const draft = new ReportDraft(detailOf());
    draft.set('v:staff.female', '-2');
    draft.set('v:staff.male', '1,5');
    expect(draft.unsavableCount()).toBe(2);
  });

  it('notifies only the field typed in, and the whole-report listeners once', () => {
    const draft = new ReportDraft(detailOf());
    const female = vi.fn();
    const male = vi.fn();
    const all = vi.fn();
    draft.subscribeField('v:staff.female', female);
    draft.subscribeField('v:staff.male', male);
    draft.subscribe(all);
    draft.set('v:staff.female', '800');
    expect([female.mock.calls.length, male.mock.calls.length, all.mock.calls.length]).toEqual([1, 0, 1]);
  });

  it('assesses once per change, however many components ask', () => {
    const draft = new ReportDraft(detailOf());
    const first = draft.assessment();
    expect(draft.assessment()).toBe(first);
    draft.set('v:staff.female', '800');
    expect(draft.assessment()).not.toBe(first);
  });

  it('tidies a cell without making a change to save', () => {
    const draft = new ReportDraft(detailOf());
    draft.set('v:staff.female', '800');
    draft.markSaved(draft.revision, 4);
    draft.tidy('v:staff.female', '800');
    draft.set('v:staff.male', '434');
    draft.markSaved(draft.revision, 5);
    draft.tidy('v:staff.male', '434');
    expect(draft.isDirty()).toBe(false);
  });

  it('starts a report not yet begun from its prefill, marked, and forgets the mark once typed over', () => {
    const draft = new ReportDraft(
      detailOf({ state: 'none', values: {}, prefill: { values: { 'staff.total': 40, 'staff.female': 30 }, sources: [{ key: 'staff.total', source: 'roster.staffBySex', label: 'Từ danh sách cán bộ' }, { key: 'staff.female', source: 'roster.staffBySex', label: 'Từ danh sách cán bộ' }] } }),
    );
    expect(draft.get('v:staff.total')).toEqual({ text: '40', prefillLabel: 'Từ danh sách cán bộ' });
    expect(draft.prefillLabels.get('staff')).toBe('Từ danh sách cán bộ');
    expect(draft.isDirty()).toBe(false);
    draft.set('v:staff.total', '40');
    expect(draft.get('v:staff.total')).toEqual({ text: '40' });
    expect(draft.content().values).toEqual({ 'staff.total': 40, 'staff.female': 30 });
  });
});

describe('ReportAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (send: (input: SaveReportInput) => Promise<ReportDetail>) => {
    const draft = new ReportDraft(detailOf());
    const autosave = new ReportAutosave(draft, 7, send, null);
    draft.subscribe(autosave.onChange);
    return { draft, autosave };
  };

  it('saves the whole content with the version it was edited from, once typing pauses', async () => {
    const send = vi.fn(async (input: SaveReportInput) => detailOf({ version: input.version + 1 }));
    const { draft, autosave } = setup(send);
    draft.set('v:staff.female', '800');
    draft.set('v:staff.male', '434');
    expect(autosave.getState().kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ version: 3, values: { 'staff.total': 1234, 'staff.female': 800, 'staff.male': 434 } });
    expect(autosave.getState()).toEqual({ kind: 'saved', at: '2026-12-01T07:00:00.000Z' });
    expect(draft.version).toBe(4);
    expect(draft.isDirty()).toBe(false);
  });

  it('does not send while a cell cannot be saved, and says so', async () => {
    const send = vi.fn(async () => detailOf());
    const { draft, autosave } = setup(send);
    draft.set('v:staff.female', 'abc');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(send).not.toHaveBeenCalled();
    expect(autosave.getState()).toEqual({ kind: 'invalid', count: 1 });
  });

  it('sends what changed during a save right after it, never two at once', async () => {
    let finish: (detail: ReportDetail) => void = () => {};
    const send = vi.fn((input: SaveReportInput) => new Promise<ReportDetail>((resolve) => (finish = () => resolve(detailOf({ version: input.version + 1 })))));
    const { draft, autosave } = setup(send);
    draft.set('v:staff.female', '800');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    draft.set('v:staff.male', '434');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(send).toHaveBeenCalledTimes(1);
    finish(detailOf());
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toMatchObject({ version: 4, values: { 'staff.male': 434 } });
    finish(detailOf());
    await vi.advanceTimersByTimeAsync(10);
    expect(autosave.getState().kind).toBe('saved');
    expect(draft.version).toBe(5);
  });

  it('stops on a conflict and waits for the person; "keep mine" writes on top of the current version', async () => {
    const conflict = { currentVersion: 9, updatedAt: '2026-12-01T08:00:00.000Z', updatedByName: 'Hùng', changedValueKeys: ['staff.total'], changedAnswerFields: [], currentValues: { 'staff.total': 1200 }, currentState: 'draft' };
    const send = vi.fn(async (input: SaveReportInput): Promise<ReportDetail> => {
      if (input.version === 3) throw new ApiError(409, 'REPORT_CONFLICT', 'Hùng đã lưu', [], conflict);
      return detailOf({ version: input.version + 1 });
    });
    const { draft, autosave } = setup(send);
    draft.set('v:staff.female', '800');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(autosave.getState()).toMatchObject({ kind: 'conflict', conflict: { currentVersion: 9, updatedByName: 'Hùng' } });
    draft.set('v:staff.male', '434');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(send).toHaveBeenCalledTimes(1);
    expect(await autosave.keepMine(9)).toBe(true);
    expect(send.mock.calls[1]![0]).toMatchObject({ version: 9, values: { 'staff.female': 800, 'staff.male': 434 } });
    expect(draft.version).toBe(10);
  });

  it('"use the saved copy" replaces the draft with the server’s content', async () => {
    const { draft, autosave } = setup(vi.fn(async () => detailOf()));
    draft.set('v:staff.female', '800');
    autosave.takeSaved(detailOf({ version: 9, values: { 'staff.total': 1200 } }));
    expect(draft.get('v:staff.total').text).toBe('1.200');
    expect(draft.get('v:staff.female').text).toBe('');
    expect(draft.isDirty()).toBe(false);
    expect(draft.version).toBe(9);
  });

  it('retries a cut connection by itself, but not a refusal', async () => {
    const send = vi.fn(async (): Promise<ReportDetail> => {
      throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ');
    });
    const { draft, autosave } = setup(send);
    draft.set('v:staff.female', '800');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(autosave.getState()).toMatchObject({ kind: 'failed', willRetry: true });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(send).toHaveBeenCalledTimes(2);

    send.mockImplementation(async () => {
      throw new ApiError(400, 'VALIDATION', 'Báo cáo có 1 ô chưa hợp lệ');
    });
    draft.set('v:staff.male', '1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(autosave.getState()).toMatchObject({ kind: 'failed', willRetry: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('flush saves now and says whether the server holds everything', async () => {
    const send = vi.fn(async (input: SaveReportInput) => detailOf({ version: input.version + 1 }));
    const { draft, autosave } = setup(send);
    draft.set('v:staff.female', '800');
    expect(await autosave.flush()).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    draft.set('v:staff.female', 'x');
    expect(await autosave.flush()).toBe(false);
  });
});
