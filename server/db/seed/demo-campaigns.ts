/**
 * Demo report campaigns, made through the same services a person uses (policy, audit, live
 * rollups included), with dates relative to the day the demo is seeded:
 *
 *   - last year's annual report of Hà Nội (Sở → its communes and schools): submitted and
 *     approved in December — the "previous period" this year's report is prefilled from;
 *   - this year's annual report (Bộ): open, due in two weeks; in Hà Nội some schools have
 *     submitted, some are drafting, one was returned; THCS Ngũ Hiệp has not started;
 *   - a quick report on women cadres from Sở GD&ĐT Hà Nội, due three days ago: some schools
 *     answered on time, THCS Ngũ Hiệp and others are overdue (the demo of a late submission).
 *
 * Past submissions are dated back with one UPDATE after the services wrote them: the services
 * stamp "now", and a demo needs a history.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { rows } from '../sql.ts';
import { addDays } from '../../../common/text/calendar-dates.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import type { TemplateDefinitionInput } from '../../../common/contracts/templates.ts';
import { createCampaignInTx } from '../../modules/campaigns/campaigns.service.ts';
import { approveReportInTx, returnReportInTx, writeUnitDataInTx } from '../../modules/campaigns/reports.service.ts';
import { recountCampaignFacts } from '../../modules/campaigns/rollups.service.ts';
import { createTemplateInTx, publishVersion } from '../../modules/templates/templates.service.ts';
import { actorOfUsername } from '../../modules/users/users.service.ts';
import { BUILTIN_TEMPLATE } from './builtin-report-template.ts';


async function unitsOf(tx: Tx, campaignId: number): Promise<{ id: number; code: string; kind: string; isSchool: boolean; path: string }[]> {
  return rows(
    tx,
    sql`select u.id, u.code, k.code as kind, k.is_school as "isSchool", u.path::text as path
          from campaign_reports r join units u on u.id = r.unit_id join unit_kinds k on k.id = u.kind_id
         where r.campaign_id = ${campaignId} order by u.id`,
  );
}

async function kindIds(tx: Tx, codes: string[]): Promise<number[]> {
  const list = await rows<{ id: number }>(tx, sql`select id from unit_kinds where code = any(${`{${codes.join(',')}}`}::text[]) order by id`);
  return list.map((k) => k.id);
}

/** A small, stable pseudo-random number from a unit id: the same demo every time. */
function pick(id: number, salt: number, min: number, max: number): number {
  const x = Math.sin(id * 9301 + salt * 49297) * 233280;
  return min + Math.floor((x - Math.floor(x)) * (max - min + 1));
}

/** Figures that satisfy the built-in template's rules, sized to the kind of unit. */
function annualValues(unit: { id: number; kind: string; isSchool: boolean }, yearShift: number): Record<string, number> {
  const total = unit.isSchool ? pick(unit.id, 1, 28, 95) + yearShift : unit.kind === 'SO' ? pick(unit.id, 1, 70, 110) : pick(unit.id, 1, 4, 9);
  const female = Math.round(total * (unit.kind === 'MN' ? 0.95 : 0.68));
  const minority = pick(unit.id, 2, 0, 4);
  const minorityFemale = Math.min(minority, Math.ceil(minority * 0.7));
  const managers = unit.isSchool ? pick(unit.id, 3, 2, 4) : unit.kind === 'SO' ? 6 : 2;
  const managersFemale = Math.min(female, Math.max(1, managers - 1));
  const planning = managers * 2;
  const planningFemale = Math.min(planning, Math.ceil(planning * 0.6));
  const trainedTeachersFemale = Math.min(female, pick(unit.id, 4, 5, 20));
  const trainedTeachersMale = Math.min(total - female, pick(unit.id, 5, 1, 6));
  const participantsFemale = pick(unit.id, 6, 30, 200);
  const participantsMale = pick(unit.id, 7, 10, 120);
  const commended = pick(unit.id, 8, 0, 3);
  return {
    commEvents: pick(unit.id, 9, 2, 8),
    'commParticipants.total': participantsFemale + participantsMale,
    'commParticipants.female': participantsFemale,
    'commParticipants.male': participantsMale,
    trainings: pick(unit.id, 10, 1, 3),
    'trained.total': trainedTeachersFemale + trainedTeachersMale + managers,
    'trained.female': trainedTeachersFemale + managersFemale,
    'trained.male': trainedTeachersMale + managers - managersFemale,
    'trained.total.teachers': trainedTeachersFemale + trainedTeachersMale,
    'trained.female.teachers': trainedTeachersFemale,
    'trained.male.teachers': trainedTeachersMale,
    'trained.total.managers': managers,
    'trained.female.managers': managersFemale,
    'trained.male.managers': managers - managersFemale,
    'staff.total': total,
    'staff.female': female,
    'staff.male': total - female,
    'staff.total.minority': minority,
    'staff.female.minority': minorityFemale,
    'staff.male.minority': minority - minorityFemale,
    'managers.total': managers,
    'managers.female': managersFemale,
    'managers.male': managers - managersFemale,
    'planning.total': planning,
    'planning.female': planningFemale,
    'planning.male': planning - planningFemale,
    'planningTrained.total': planningFemale + 1,
    'planningTrained.female': planningFemale,
    'planningTrained.male': 1,
    inspections: unit.isSchool ? 1 : pick(unit.id, 11, 2, 6),
    inspectedUnits: unit.isSchool ? 1 : pick(unit.id, 12, 3, 12),
    commendedCollectives: commended > 2 ? 1 : 0,
    'commendedPeople.total': commended,
    'commendedPeople.female': Math.min(commended, 2),
    'commendedPeople.male': commended - Math.min(commended, 2),
  };
}

const ANNUAL_ANSWERS = {
  texts: {
    results:
      'Đơn vị đã xây dựng và ban hành kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; tổ chức tuyên truyền nhân ngày Quốc tế Phụ nữ 8/3, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới; lồng ghép nội dung bình đẳng giới trong các hoạt động giáo dục.',
    limitations: 'Một số hoạt động tuyên truyền còn hình thức; số liệu thống kê tách biệt theo giới tính chưa được cập nhật thường xuyên.',
    causes: 'Cán bộ phụ trách kiêm nhiệm nhiều việc; kinh phí cho hoạt động còn hạn chế.',
    proposals: 'Đề nghị cấp trên tổ chức tập huấn kỹ năng lồng ghép giới cho cán bộ quản lý và giáo viên.',
  },
  targets: {
    womenKeyLeaders2025: { assessment: 'achieved' as const, reason: 'Ban giám hiệu có cán bộ nữ giữ vị trí chủ chốt' },
    genderKnowledge2025: { assessment: 'achieved' as const, reason: 'Toàn thể cán bộ, giáo viên, nhân viên được tuyên truyền' },
    genderInCurricula: { assessment: 'achieved' as const, reason: 'Lồng ghép trong các môn học và hoạt động trải nghiệm' },
    minorityPrimary: { assessment: 'not_assessable' as const, reason: 'Không thuộc phạm vi đơn vị' },
    womenPlanningPool: { assessment: 'achieved' as const, reason: 'Nữ chiếm trên 50% trong quy hoạch' },
    planningPoolTrained: { assessment: 'not_achieved' as const, reason: 'Chưa cử được đủ cán bộ nữ trong quy hoạch đi bồi dưỡng' },
  },
};

/** A short template of its own for the Department's quick report. */
const QUICK_TEMPLATE = {
  code: 'BC-NHANH-CBNU',
  name: 'Báo cáo nhanh số liệu cán bộ nữ và cán bộ nữ trong quy hoạch',
  definition: {
    sections: [
      {
        code: 'quickCadres',
        title: 'Số liệu cán bộ nữ',
        order: 1,
        items: [
          { kind: 'number', code: 'qStaff', label: 'Tổng số cán bộ, giáo viên, nhân viên', valueType: 'integer', unit: 'người', disaggregation: 'sex_minority', prefill: 'roster.staffBySex' },
          { kind: 'number', code: 'qManagers', label: 'Cán bộ quản lý', valueType: 'integer', unit: 'người', disaggregation: 'sex', prefill: 'roster.managersBySex' },
          { kind: 'number', code: 'qPlanning', label: 'Cán bộ trong diện quy hoạch', valueType: 'integer', unit: 'người', disaggregation: 'sex', prefill: 'roster.planningPoolBySex' },
          { kind: 'text', code: 'qNotes', label: 'Ghi chú, kiến nghị', hint: 'Khó khăn trong công tác quy hoạch cán bộ nữ (nếu có).', required: false },
        ],
      },
    ],
    rules: [
      { id: 'q-staff-female', expression: 'qStaff.female <= qStaff.total', severity: 'error', message: 'Số nữ ({qStaff.female}) không được lớn hơn tổng số ({qStaff.total})' },
      { id: 'q-staff-sum', expression: 'qStaff.female + qStaff.male == qStaff.total', severity: 'error', message: 'Số nữ cộng số nam phải bằng tổng số ({qStaff.total})' },
      { id: 'q-managers-le-staff', expression: 'qManagers.total <= qStaff.total', severity: 'error', message: 'Số cán bộ quản lý không được lớn hơn tổng số cán bộ' },
      { id: 'q-planning-female', expression: 'qPlanning.total == 0 or qPlanning.female / qPlanning.total >= 0.4', severity: 'warning', message: 'Nữ chiếm dưới 40% số cán bộ trong quy hoạch (QĐ 2282/QĐ-TTg): đề nghị giải trình' },
    ],
  } satisfies TemplateDefinitionInput,
};

function quickValues(unit: { id: number; kind: string; isSchool: boolean }): Record<string, number> {
  const v = annualValues(unit, 1);
  return {
    'qStaff.total': v['staff.total']!,
    'qStaff.female': v['staff.female']!,
    'qStaff.male': v['staff.male']!,
    'qStaff.total.minority': v['staff.total.minority']!,
    'qStaff.female.minority': v['staff.female.minority']!,
    'qStaff.male.minority': v['staff.male.minority']!,
    'qManagers.total': v['managers.total']!,
    'qManagers.female': v['managers.female']!,
    'qManagers.male': v['managers.male']!,
    'qPlanning.total': v['planning.total']!,
    'qPlanning.female': v['planning.female']!,
    'qPlanning.male': v['planning.male']!,
  };
}

/** Moves a campaign's submissions and reviews back to a day (Vietnam time, 09:00 / 15:00). */
async function backdate(tx: Tx, campaignId: number, unitIds: number[], submittedOn: string, reviewedOn: string | null) {
  if (unitIds.length === 0) return;
  const ids = `{${unitIds.join(',')}}`;
  await tx.execute(sql`
    update campaign_reports set first_submitted_at = (${submittedOn}::date + time '09:00') at time zone '+07',
           submitted_at = (${submittedOn}::date + time '09:00') at time zone '+07', late_reason = null,
           reviewed_at = case when reviewed_at is null or ${reviewedOn}::date is null then reviewed_at else (${reviewedOn}::date + time '15:00') at time zone '+07' end,
           updated_at = (${reviewedOn ?? submittedOn}::date + time '15:00') at time zone '+07'
     where campaign_id = ${campaignId} and unit_id = any(${ids}::int[]) and first_submitted_at is not null`);
  await tx.execute(sql`
    update campaign_report_snapshots set submitted_at = (${submittedOn}::date + time '09:00') at time zone '+07', is_late = false, late_reason = null
     where report_id in (select id from campaign_reports where campaign_id = ${campaignId} and unit_id = any(${ids}::int[]))`);
  // History rewritten behind the services' back: the live completeness counts are recounted.
  await recountCampaignFacts(tx, campaignId);
}

/** Everything in one transaction: on disk, PGlite pays a flush per commit, and the demo makes a few hundred writes. */
export async function seedDemoCampaigns(database: Database): Promise<{ campaigns: number; reports: number }> {
  const admin = await actorOfUsername(database.db, 'admin', 'system_admin');
  const quick = await database.db.transaction((tx) => createTemplateInTx(tx, admin, { code: QUICK_TEMPLATE.code, name: QUICK_TEMPLATE.name, description: null, definition: QUICK_TEMPLATE.definition as never }));
  await publishVersion(database, admin, quick.versionId);
  return database.db.transaction((tx) => seedCampaignsInTx(database, tx, quick.versionId));
}

async function seedCampaignsInTx(database: Database, tx: Tx, quickVersionId: number): Promise<{ campaigns: number; reports: number }> {
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const ministryHead = await actorOfUsername(tx, 'bo.truongban', 'committee_head');
  const hanoiHead = await actorOfUsername(tx, 'hanoi.truongban', 'committee_head');
  const communeHead = await actorOfUsername(tx, 'thanhtri.truongban', 'committee_head');
  const [builtin] = await rows<{ id: number }>(
    tx,
    sql`select v.id from report_template_versions v join report_templates t on t.id = v.template_id where t.code = ${BUILTIN_TEMPLATE.code} and v.status = 'published' order by v.version desc limit 1`,
  );
  const allKinds = await kindIds(tx, ['SO', 'XA', 'MN', 'MG', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX']);
  const annualName = (y: number) => `Báo cáo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm ${y}`;
  const fill = (campaignId: number, code: string, values: Record<string, number>, answers: unknown, submit: boolean, lateReason?: string) =>
    writeUnitDataInTx(database, tx, ministryHead, campaignId, code, {
      values,
      answers: answers as never,
      responses: { explanations: {}, confirmations: ['comm-events-none'] },
      submit,
      lateReason: lateReason ?? null,
    });

  // 1. Last year's annual report of Hà Nội's units: submitted before 15/12 and approved by the Department.
  const previousId = await createCampaignInTx(tx, hanoiHead, {
    name: annualName(year - 1),
    templateVersionId: builtin!.id,
    period: { kind: 'year', year: year - 1 },
    asOf: `${year - 1}-11-30`,
    opensOn: `${year - 1}-11-15`,
    deadline: `${year - 1}-12-15`,
    rollupBasis: 'approved',
    respondentKindIds: allKinds,
    instructions: 'Các đơn vị báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm, gửi kèm bản scan có chữ ký, đóng dấu.',
  });
  const previousUnits = await unitsOf(tx, previousId);
  for (const unit of previousUnits) {
    const written = await fill(previousId, unit.code, annualValues(unit, 0), ANNUAL_ANSWERS, true, 'Số liệu lịch sử');
    await approveReportInTx(tx, hanoiHead, (await reportIdOf(tx, previousId, unit.id))!, { version: written.version });
  }
  await backdate(tx, previousId, previousUnits.map((u) => u.id), `${year - 1}-12-10`, `${year - 1}-12-20`);

  // 2. This year's annual report, open now.
  const currentId = await createCampaignInTx(tx, ministryHead, {
    name: annualName(year),
    templateVersionId: builtin!.id,
    period: { kind: 'year', year },
    asOf: addDays(today, -1),
    opensOn: addDays(today, -16),
    deadline: addDays(today, 14),
    rollupBasis: 'submitted',
    respondentKindIds: allKinds,
    instructions: 'Hạn gửi báo cáo về Bộ trước ngày ghi trên. Số liệu tính đến ngày ghi trên; các trường tổng hợp số liệu cán bộ, giáo viên, nhân viên theo giới tính.',
  });
  const currentUnits = await unitsOf(tx, currentId);
  const hanoiSchools = currentUnits.filter((u) => u.isSchool && u.code.includes('-HNI-'));
  for (const [index, unit] of hanoiSchools.entries()) {
    if (unit.code === 'THCS-HNI-NGUHIEP') continue; // left for the demo: it starts from last year's figures
    const submit = index % 3 !== 2;
    await fill(currentId, unit.code, annualValues(unit, 2), ANNUAL_ANSWERS, submit);
  }
  for (const unit of currentUnits.filter((u) => u.isSchool && !u.code.includes('-HNI-')).filter((_, i) => i % 2 === 0)) {
    await fill(currentId, unit.code, annualValues(unit, 2), ANNUAL_ANSWERS, true);
  }
  const returned = hanoiSchools.find((u) => u.code === 'TH-HNI-DUYENHA');
  if (returned) {
    const reportId = (await reportIdOf(tx, currentId, returned.id))!;
    const [row] = await rows<{ version: number }>(tx, sql`select version from campaign_reports where id = ${reportId}`);
    await returnReportInTx(tx, communeHead, reportId, { version: row!.version, comment: 'Đề nghị bổ sung số cán bộ nữ trong quy hoạch được bồi dưỡng và nêu rõ nguyên nhân hạn chế.' });
  }
  await backdate(tx, currentId, currentUnits.filter((u) => !u.code.includes('DUYENHA')).map((u) => u.id), addDays(today, -3), null);

  // 3. The Department's quick report, past its deadline.
  const quickCampaign: number = await createCampaignInTx(tx, hanoiHead, {
    name: 'Báo cáo nhanh số liệu cán bộ nữ, cán bộ nữ trong quy hoạch',
    templateVersionId: quickVersionId,
    period: { kind: 'custom', from: `${year}-01-01`, to: addDays(today, -10) },
    asOf: addDays(today, -10),
    opensOn: addDays(today, -12),
    deadline: addDays(today, -3),
    rollupBasis: 'approved',
    respondentKindIds: await kindIds(tx, ['XA', 'MN', 'TH', 'THCS', 'THPT', 'LC', 'GDNN-GDTX']),
    instructions: 'Thực hiện Kế hoạch của UBND Thành phố về công tác cán bộ nữ, Sở đề nghị các đơn vị báo cáo nhanh số liệu; quá hạn ghi rõ lý do.',
  });
  const quickUnits = await unitsOf(tx, quickCampaign);
  const onTime = quickUnits.filter((u) => u.isSchool && !['THCS-HNI-NGUHIEP', 'THCS-HNI-TAMHIEP', 'TH-HNI-YENMY'].includes(u.code));
  for (const unit of onTime) {
    const written = await writeUnitDataInTx(database, tx, hanoiHead, quickCampaign, unit.code, { values: quickValues(unit), submit: true, lateReason: 'Số liệu lịch sử' });
    if (unit.id % 2 === 0) await approveReportInTx(tx, hanoiHead, (await reportIdOf(tx, quickCampaign, unit.id))!, { version: written.version });
  }
  await backdate(tx, quickCampaign, onTime.map((u) => u.id), addDays(today, -5), addDays(today, -4));

  const [count] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from campaign_reports`);
  return { campaigns: 3, reports: count!.n };
}

async function reportIdOf(tx: Tx, campaignId: number, unitId: number): Promise<number | undefined> {
  const [row] = await rows<{ id: number }>(tx, sql`select id from campaign_reports where campaign_id = ${campaignId} and unit_id = ${unitId}`);
  return row?.id;
}
