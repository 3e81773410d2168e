/**
 * Demo plans: the five seed documents read by the plan importer, issued by the units that
 * wrote them (Sở Lào Cai 2021, Phòng Bến Cát's letter 2023, Phòng Thanh Trì 2025, Phòng
 * Quận 7 2016–2018, MN Tân Tiến 2022) — so their citations fill the legal library — and
 * the cascade of today: UBND xã Thanh Trì's plan for 2027, with its request that its
 * schools publish their own plans by 31/03/2027. THCS Ngũ Hiệp has not started yet: the
 * demo lets a school officer start its plan from the commune's.
 *
 * The historic documents are written by the repository directly, as an import of the
 * archive: the offices that issued them closed on 01/7/2025, so no one can act for them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import type { PlanDocument } from '../../../common/plans/plan-document.ts';
import { parsePlanText } from '../../../common/plans/import/parse-plan.ts';
import { formatDocumentNumber, symbolOfNumber, documentSymbolOf } from '../../../common/plans/symbols.ts';
import { toSearchKey } from '../../../common/text/vietnamese.ts';
import { fileCitations } from '../../modules/plans/legal-library.ts';
import * as repo from '../../modules/plans/plans.repo.ts';
import { rows } from '../sql.ts';

const SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plans');

export const DEMO_PLAN_FILES = {
  laoCai: 'lao-cai-sgd-2021.txt',
  benCat: 'ben-cat-pgd-2023-cong-van.txt',
  thanhTri: 'thanh-tri-pgd-2025.txt',
  quan7: 'quan-7-pgd-2016-2018.txt',
  tanTien: 'tan-tien-mn-2022.txt',
} as const;

export function demoPlanText(file: string): string {
  return readFileSync(path.join(SEED_DIR, file), 'utf8');
}

interface Issue {
  unitCode: string;
  file: string;
  /** The number the office gave it; the texts left some blank. */
  serial: number;
  issuedOn: string;
  /** What the extracted text lacks (seeds 000, 002–004 have no header block). */
  patch?: (document: PlanDocument) => PlanDocument;
}

const HISTORIC: Issue[] = [
  { unitCode: 'SGD-LCI', file: DEMO_PLAN_FILES.laoCai, serial: 45, issuedOn: '2021-03-22', patch: (d) => ({ ...d, issuer: { parent: 'UBND TỈNH LÀO CAI', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' } }) },
  { unitCode: 'PGD-BENCAT', file: DEMO_PLAN_FILES.benCat, serial: 360, issuedOn: '2023-05-12' },
  { unitCode: 'PGD-THANHTRI', file: DEMO_PLAN_FILES.thanhTri, serial: 15, issuedOn: '2025-03-05', patch: (d) => ({ ...d, issuer: { parent: 'UBND HUYỆN THANH TRÌ', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' } }) },
  { unitCode: 'PGD-Q7', file: DEMO_PLAN_FILES.quan7, serial: 127, issuedOn: '2016-09-12', patch: (d) => ({ ...d, issuer: { parent: 'ỦY BAN NHÂN DÂN QUẬN 7', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' }, place: d.place ?? 'Quận 7' }) },
  { unitCode: 'MN-HYN-TANTIEN', file: DEMO_PLAN_FILES.tanTien, serial: 12, issuedOn: '2022-04-05', patch: (d) => ({ ...d, issuer: { parent: 'UBND HUYỆN VĂN GIANG', name: 'TRƯỜNG MẦM NON TÂN TIẾN' }, place: d.place ?? 'Tân Tiến' }) },
];

async function unitOf(tx: Tx, code: string): Promise<{ id: number; name: string }> {
  const [unit] = await rows<{ id: number; name: string }>(tx, sql`select id, name from units where code = ${code}`);
  if (!unit) throw new Error(`demo plans: no unit ${code}`);
  return unit;
}

async function userOf(tx: Tx, username: string): Promise<number> {
  const [user] = await rows<{ id: number }>(tx, sql`select id from users where username = ${username}`);
  if (!user) throw new Error(`demo plans: no user ${username}`);
  return user.id;
}

/** Stores `content` as an issued plan of the unit, its citations filed in the library. */
async function storeIssued(tx: Tx, input: { unitId: number; unitName: string; content: PlanDocument; serial: number; issuedOn: string; userId: number; source: 'import' | 'editor'; fileName: string | null }): Promise<number> {
  const kind = input.content.kind === 'letter' ? 'letter' : 'plan';
  const symbol = symbolOfNumber(input.content.number) ?? documentSymbolOf(kind, input.unitName);
  const number = formatDocumentNumber(input.serial, symbol);
  const year = Number(input.issuedOn.slice(0, 4));
  const content = await fileCitations(tx, { ...input.content, kind, number, date: input.issuedOn, year: input.content.year ?? year });
  const period = content.period ?? { fromYear: year, toYear: year };
  const title = content.title || content.subject || 'Kế hoạch';
  const id = await repo.insertPlan(tx, {
    unitId: input.unitId,
    kind,
    title,
    searchKey: toSearchKey(title),
    fromYear: period.fromYear,
    toYear: period.toYear,
    content,
    source: input.source,
    sourceFileName: input.fileName,
    parentPlanId: null,
    requestId: null,
    userId: input.userId,
  });
  await repo.markIssued(tx, id, { number, issuedOn: input.issuedOn, content, userId: input.userId });
  return id;
}

/** UBND xã Thanh Trì's 2027 plan: the Thanh Trì office's 2025 plan carried forward by the commune that took over its schools. */
function communePlan2027(office: PlanDocument, officeNumber: string): PlanDocument {
  const forward = (text: string) => text.replace(/năm 2025/g, 'năm 2027').replace(/huyện Thanh Trì/g, 'xã Thanh Trì').replace(/03\/2025/g, '03/2027');
  const rewrite = <T>(value: T): T => JSON.parse(JSON.stringify(value), (_key, inner) => (typeof inner === 'string' ? forward(inner) : inner)) as T;
  return {
    ...rewrite(office),
    issuer: { parent: null, name: 'ỦY BAN NHÂN DÂN XÃ THANH TRÌ' },
    number: '/KH-UBND',
    place: 'Thanh Trì',
    year: 2027,
    period: { fromYear: 2027, toYear: 2027 },
    legalBases: [
      ...office.legalBases,
      {
        lead: 'Thực hiện',
        type: 'Kế hoạch',
        number: officeNumber,
        date: '2025-03-05',
        issuer: 'Phòng Giáo dục và Đào tạo huyện Thanh Trì',
        title: office.title,
        text: `Tiếp nối Kế hoạch số ${officeNumber} ngày 05/3/2025 của Phòng Giáo dục và Đào tạo huyện Thanh Trì (trước ngày 01/7/2025);`,
      },
    ],
    recipients: ['Sở GD&ĐT Hà Nội (để b/c)', 'Thường trực Đảng ủy, HĐND xã', 'Các trường MN, TH, THCS trên địa bàn xã', 'Lưu: VT, VHXH'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'KT. CHỦ TỊCH', extraTitles: ['PHÓ CHỦ TỊCH'], name: 'Ngô Thị Bích' },
  };
}

export async function seedDemoPlans(database: Database): Promise<{ plans: number; requests: number }> {
  return database.db.transaction(async (tx) => {
    const admin = await userOf(tx, 'admin');
    let plans = 0;
    let thanhTri: { id: number; content: PlanDocument; number: string } | null = null;
    for (const issue of HISTORIC) {
      const unit = await unitOf(tx, issue.unitCode);
      const parsed = parsePlanText(demoPlanText(issue.file)).document;
      const content = issue.patch ? issue.patch(parsed) : parsed;
      const id = await storeIssued(tx, { unitId: unit.id, unitName: unit.name, content, serial: issue.serial, issuedOn: issue.issuedOn, userId: admin, source: 'import', fileName: issue.file });
      plans += 1;
      if (issue.unitCode === 'PGD-THANHTRI') {
        const stored = (await repo.findPlan(tx, id))!;
        thanhTri = { id, content: stored.content, number: stored.number! };
      }
    }

    // Today's cascade: the commune's plan for next year, and its request to the schools.
    const commune = await unitOf(tx, 'XA-HNI-THANHTRI');
    const head = await userOf(tx, 'thanhtri.truongban');
    const communePlanId = await storeIssued(tx, {
      unitId: commune.id,
      unitName: commune.name,
      content: communePlan2027(thanhTri!.content, thanhTri!.number),
      serial: 86,
      issuedOn: '2026-11-20',
      userId: head,
      source: 'editor',
      fileName: null,
    });
    plans += 1;
    const kinds = await rows<{ id: number }>(tx, sql`select id from unit_kinds where code in ('MN', 'TH', 'THCS') order by id`);
    const requestId = await repo.insertPlanRequest(tx, {
      issuerUnitId: commune.id,
      title: 'Xây dựng kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027',
      fromYear: 2027,
      toYear: 2027,
      deadline: '2027-03-31',
      instructions: 'Hiệu trưởng các trường Mầm non, Tiểu học, THCS xây dựng Kế hoạch chi tiết triển khai tại đơn vị; công bố Kế hoạch trên trang thông tin điện tử của đơn vị và gửi đường link về UBND xã trong tháng 03/2027.',
      respondentKindIds: kinds.map((kind) => kind.id),
      sourcePlanId: communePlanId,
      userId: head,
    });
    await repo.insertRequestUnits(tx, requestId, (await repo.unitPathOf(tx, commune.id))!, kinds.map((kind) => kind.id), '2026-11-20');
    return { plans, requests: 1 };
  });
}
