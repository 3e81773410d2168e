/**
 * Test fixtures for campaigns: a small published template with every kind of rule, a
 * helper that issues a campaign through the API with dates relative to today in Vietnam,
 * and the proof that a unit's live rollup equals the recount from the reports.
 */
import { addDays } from '../../../common/text/calendar-dates.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import type { TemplateDefinitionInput } from '../../../common/contracts/templates.ts';
import type { CreateCampaignInput } from '../../../common/contracts/campaigns.ts';
import type { App } from '../../lib/http.ts';
import { as, type SignedIn } from '../../test/harness.ts';
import type { Tx } from '../../db/client.ts';
import { expect } from 'vitest';
import { countedStates, type RollupBasis } from '../../../common/campaigns/rollup.ts';
import { groupReportFacts } from './campaigns.repo.ts';
import { factCountsOf, readFactGroups, readRollup, recomputeRollup } from './rollups.service.ts';

export const SMALL_TEMPLATE: TemplateDefinitionInput = {
  sections: [
    {
      code: 'people',
      title: 'Đội ngũ',
      order: 1,
      items: [
        { kind: 'number', code: 'staff', label: 'Tổng số cán bộ, giáo viên, nhân viên', valueType: 'integer', unit: 'người', disaggregation: 'sex', prefill: 'roster.staffBySex' },
        { kind: 'number', code: 'managers', label: 'Cán bộ quản lý', valueType: 'integer', unit: 'người', disaggregation: 'sex' },
        { kind: 'number', code: 'events', label: 'Số buổi tuyên truyền', valueType: 'integer', unit: 'buổi', disaggregation: 'none' },
        { kind: 'number', code: 'budget', label: 'Kinh phí', valueType: 'money', unit: 'đồng', disaggregation: 'none' },
        { kind: 'text', code: 'results', label: 'Kết quả đạt được', required: true },
        { kind: 'targets', code: 'goals', label: 'Đánh giá chỉ tiêu', targets: [{ code: 'pool40', label: 'Nữ trong quy hoạch ≥ 40%', source: 'QĐ 2282/QĐ-TTg' }] },
      ],
    },
  ],
  rules: [
    { id: 'female-le-total', expression: 'staff.female <= staff.total', severity: 'error', message: 'Số nữ ({staff.female}) không được lớn hơn tổng số ({staff.total})' },
    { id: 'managers-female', expression: 'managers.female <= staff.female', severity: 'warning', message: 'Cán bộ quản lý nữ nhiều hơn cán bộ nữ: giải trình' },
    { id: 'events-any', expression: 'events > 0', severity: 'notice', message: 'Chưa có buổi tuyên truyền nào: xác nhận' },
  ],
};

/** Creates and publishes SMALL_TEMPLATE as the system admin; answers the version id. */
export async function publishSmallTemplate(app: App, sysadmin: SignedIn, code = 'BC-THU'): Promise<number> {
  const api = as(app, sysadmin);
  const created = await api.post('/api/templates', { code, name: 'Báo cáo thử', definition: SMALL_TEMPLATE });
  if (created.statusCode !== 201) throw new Error(`template: ${created.body}`);
  const versionId = created.json().versions[0].id as number;
  const published = await api.post(`/api/template-versions/${versionId}/publish`);
  if (published.statusCode !== 200) throw new Error(`publish: ${published.body}`);
  return versionId;
}

/** A campaign body opening today (or `opensInDays`) with its deadline `deadlineInDays` from today. */
export function campaignBody(templateVersionId: number, kindIds: number[], options: { deadlineInDays?: number; opensInDays?: number; rollupBasis?: 'drafts' | 'submitted' | 'approved'; name?: string } = {}): CreateCampaignInput {
  const today = todayInVietnam();
  const opensOn = addDays(today, Math.min(options.opensInDays ?? -10, options.deadlineInDays ?? 10));
  return {
    name: options.name ?? 'Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026',
    templateVersionId,
    period: { kind: 'half-year', year: 2026, half: 1 },
    asOf: addDays(today, -1),
    opensOn,
    deadline: addDays(today, options.deadlineInDays ?? 10),
    rollupBasis: options.rollupBasis ?? 'submitted',
    respondentKindIds: kindIds,
  };
}

/** Complete, valid content for SMALL_TEMPLATE. */
export function goodContent(staff = 40, female = 30) {
  return {
    values: { 'staff.total': staff, 'staff.female': female, 'staff.male': staff - female, 'managers.total': 3, 'managers.female': 2, 'managers.male': 1, events: 4, budget: 1500000 },
    answers: { texts: { results: 'Tổ chức 4 buổi tuyên truyền nhân ngày 8/3.' }, targets: { pool40: { assessment: 'achieved' as const, reason: '45% nữ trong quy hoạch' } } },
    responses: { explanations: {}, confirmations: [] },
  };
}

/** A unit's live totals and completeness counts equal what the reports of its subtree add up to. */
export async function expectLiveEqualsRecount(db: Tx, campaignId: number, unit: { id: number; path: string }, basis: RollupBasis): Promise<void> {
  const live = await readRollup(db, campaignId, unit.id);
  const recomputed = await recomputeRollup(db, campaignId, unit.path, countedStates(basis));
  expect(live, `totals of unit ${unit.id} (${unit.path})`).toEqual(recomputed);
  const liveFacts = factCountsOf(await readFactGroups(db, [{ campaignId, unitId: unit.id }]));
  const recountedFacts = factCountsOf(await groupReportFacts(db, [campaignId], unit.path));
  expect(liveFacts, `completeness of unit ${unit.id} (${unit.path})`).toEqual(recountedFacts);
}
