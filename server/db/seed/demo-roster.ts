/**
 * Demo staff rosters, written through the roster service as the schools' own officers
 * (policy, derived facts and audit included): THCS Ngũ Hiệp (Hà Nội) with 32 people (and one retired) and
 * MN Tân Tiến (Hưng Yên) with 14 — managers, teachers and staff, a few from ethnic
 * minorities, the planning pool, Party members, gender trainings this year — and a little
 * history: a teacher promoted to vice-principal this school year, one who retired last
 * summer. Seeded before the campaigns, so Ngũ Hiệp's reports prefill their staff tables
 * from the roster.
 */
import type { Database, Tx } from '../client.ts';
import type { CreateRosterPersonBody } from '../../../common/contracts/roster.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import { createRosterPersonInTx, endRosterPersonInTx, updateRosterPersonInTx } from '../../modules/roster/roster.service.ts';
import { actorOfUsername } from '../../modules/users/users.service.ts';

/** [name, birth (yyyy-mm-dd or a year), sex, ethnic group, position, degree, marks, first year in the school]. Marks: D Đảng viên, C cấp ủy, Q quy hoạch, T tập huấn giới this year, B Ban VSTBPN member, H its head. */
type Row = [string, string | number, 'F' | 'M', string, CreateRosterPersonBody['position'], CreateRosterPersonBody['degree'], string, number];

const NGU_HIEP: Row[] = [
  ['Đặng Văn Hùng', '1972-04-18', 'M', '01', 'principal', 'master', 'DCH', 2012],
  ['Nguyễn Thị Thanh Huyền', '1979-09-02', 'F', '01', 'vice_principal', 'master', 'DCTB', 2010],
  ['Bùi Thị Thảo', '1986-11-23', 'F', '01', 'teacher', 'bachelor', 'DQTB', 2011],
  ['Lê Thị Minh Phương', '1983-03-15', 'F', '01', 'head_of_group', 'master', 'DQT', 2008],
  ['Trần Văn Quang', '1981-07-30', 'M', '01', 'head_of_group', 'bachelor', 'DQ', 2009],
  ['Phạm Thị Lan Anh', '1988-01-09', 'F', '01', 'teacher', 'bachelor', 'T', 2013],
  ['Hoàng Thị Ngọc', '1990-05-21', 'F', '02', 'teacher', 'bachelor', 'QT', 2015],
  ['Vũ Thị Hằng', '1985-12-04', 'F', '01', 'deputy_head_of_group', 'bachelor', 'D', 2010],
  ['Đỗ Văn Tuấn', '1992-08-17', 'M', '01', 'teacher', 'bachelor', '', 2017],
  ['Ngô Thị Thu Trang', '1994-02-28', 'F', '01', 'teacher', 'master', 'T', 2018],
  ['Dương Thị Mai', '1987-10-11', 'F', '01', 'teacher', 'bachelor', 'D', 2012],
  ['Lý Thị Hoa', '1993-06-06', 'F', '07', 'teacher', 'bachelor', 'B', 2019],
  ['Phan Văn Đức', '1978-03-03', 'M', '01', 'teacher', 'bachelor', 'D', 2004],
  ['Nguyễn Thị Hồng Nhung', '1991-09-19', 'F', '01', 'teacher', 'bachelor', 'Q', 2016],
  ['Trịnh Thị Kim Oanh', '1989-04-25', 'F', '01', 'teacher', 'bachelor', '', 2014],
  ['Đinh Thị Yến', '1995-11-30', 'F', '06', 'teacher', 'bachelor', 'T', 2020],
  ['Nguyễn Văn Long', '1984-01-14', 'M', '01', 'teacher', 'bachelor', 'D', 2007],
  ['Cao Thị Thúy', '1996-07-07', 'F', '01', 'teacher', 'bachelor', '', 2021],
  ['Lưu Thị Bích Ngọc', '1982-05-05', 'F', '01', 'teacher', 'college', '', 2003],
  ['Tạ Văn Hiếu', '1990-12-12', 'M', '01', 'teacher', 'bachelor', '', 2015],
  ['Nguyễn Thị Thu Hà', '1997-03-27', 'F', '01', 'teacher', 'bachelor', 'T', 2022],
  ['Mai Thị Phượng', '1986-08-08', 'F', '01', 'teacher', 'bachelor', 'D', 2011],
  ['Kiều Văn Nam', '1993-10-20', 'M', '01', 'teacher', 'bachelor', '', 2018],
  ['Hà Thị Lệ', '1998-01-31', 'F', '03', 'teacher', 'bachelor', '', 2023],
  ['Đào Thị Hương', '1980-06-16', 'F', '01', 'head_of_group', 'bachelor', 'DB', 2005],
  ['Nguyễn Thị Loan', '1976-02-02', 'F', '01', 'staff', 'intermediate', '', 2006],
  ['Trần Thị Vân', '1988-09-09', 'F', '01', 'staff', 'college', 'D', 2013],
  ['Lê Văn Bình', 1975, 'M', '01', 'staff', 'none', '', 2010],
  ['Phạm Thị Nga', '1992-04-04', 'F', '01', 'staff', 'bachelor', '', 2017],
  ['Vương Thị Thắm', '1999-12-01', 'F', '01', 'teacher', 'bachelor', '', 2024],
  ['Nguyễn Văn Thành', '1991-07-22', 'M', '01', 'teacher', 'bachelor', 'T', 2016],
  ['Chu Thị Duyên', '1994-05-13', 'F', '01', 'teacher', 'bachelor', '', 2019],
];

const TAN_TIEN: Row[] = [
  ['Trịnh Thị Dung', '1975-08-12', 'F', '01', 'principal', 'bachelor', 'DCH', 2009],
  ['Nguyễn Thị Hạnh', '1984-03-08', 'F', '01', 'vice_principal', 'bachelor', 'DTB', 2010],
  ['Lê Thị Quyên', '1987-06-19', 'F', '01', 'teacher', 'bachelor', 'QT', 2012],
  ['Đỗ Thị Thanh', '1990-11-02', 'F', '01', 'teacher', 'college', '', 2014],
  ['Phạm Thị Hiền', '1992-01-27', 'F', '01', 'teacher', 'college', 'T', 2016],
  ['Vũ Thị Ngân', '1995-09-15', 'F', '01', 'teacher', 'intermediate', '', 2019],
  ['Hoàng Thị Lụa', '1989-04-10', 'F', '07', 'teacher', 'college', 'D', 2013],
  ['Bùi Thị Hoài', '1993-12-24', 'F', '01', 'teacher', 'bachelor', '', 2017],
  ['Nguyễn Thị Tươi', '1997-07-03', 'F', '01', 'teacher', 'college', 'T', 2021],
  ['Trần Thị Hà', '1986-05-29', 'F', '01', 'head_of_group', 'bachelor', 'DB', 2011],
  ['Lương Thị Thủy', '1998-02-14', 'F', '01', 'teacher', 'college', '', 2023],
  ['Nguyễn Văn Toàn', '1980-10-10', 'M', '01', 'staff', 'intermediate', '', 2015],
  ['Đặng Thị Hòa', 1978, 'F', '01', 'staff', 'elementary', '', 2012],
  ['Phùng Thị Nhàn', '1991-03-18', 'F', '01', 'staff', 'college', '', 2018],
];

function bodyOf([fullName, birth, sex, ethnic, position, degree, marks, since]: Row, year: number): CreateRosterPersonBody {
  const has = (mark: string) => marks.includes(mark);
  return {
    fullName,
    birthDate: typeof birth === 'string' ? birth : null,
    birthYear: typeof birth === 'number' ? birth : null,
    startDate: `${since}-09-01`,
    sex: sex === 'F' ? 'female' : 'male',
    ethnicGroupCode: ethnic,
    position,
    staffGroup: null,
    degree,
    trainingStandard: null,
    politicalTheory: has('C') ? 'intermediate' : null,
    isPartyMember: has('D'),
    isPartyCommitteeMember: has('C'),
    isInPlanningPool: has('Q'),
    planningPoolPost: has('Q') ? (position === 'vice_principal' || position === 'principal' ? 'Hiệu trưởng' : 'Phó hiệu trưởng') : null,
    genderTrainingYears: has('T') ? [year - 1, year] : [],
    committeeRole: has('H') ? 'head' : has('B') ? 'member' : null,
  };
}

async function seedSchool(tx: Tx, officerUsername: string, people: Row[]): Promise<number[]> {
  const officer = await actorOfUsername(tx, officerUsername, 'officer');
  const year = Number(todayInVietnam().slice(0, 4));
  const ids: number[] = [];
  for (const row of people) ids.push(await createRosterPersonInTx(tx, officer, bodyOf(row, year)));
  return ids;
}

export async function seedDemoRosters(database: Database): Promise<{ people: number }> {
  return database.db.transaction(async (tx) => {
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const nguHiep = await seedSchool(tx, 'nguhiep.canbo', NGU_HIEP);
    await seedSchool(tx, 'tantien.canbo', TAN_TIEN);
    const officer = await actorOfUsername(tx, 'nguhiep.canbo', 'officer');
    // History: Lê Thị Minh Phương became vice-principal at the start of last school year…
    const promoted = NGU_HIEP.findIndex((r) => r[0] === 'Lê Thị Minh Phương');
    const schoolYearStart = `${today >= `${year}-09-01` ? year : year - 1}-09-01`;
    await updateRosterPersonInTx(tx, officer, nguHiep[promoted]!, {
      ...bodyOf([...NGU_HIEP[promoted]!.slice(0, 4), 'vice_principal', 'master', 'DQT', 2008] as Row, year),
      planningPoolPost: 'Hiệu trưởng',
      effectiveFrom: schoolYearStart,
    });
    // …and a teacher who retired last summer still counts in the figures of the years before.
    const retiring = await createRosterPersonInTx(tx, officer, bodyOf(['Nguyễn Văn Khải', '1965-05-20', 'M', '01', 'teacher', 'bachelor', 'D', 1990], year));
    await endRosterPersonInTx(tx, officer, retiring, { endDate: `${year - 1}-07-01`, reason: 'Nghỉ hưu theo chế độ' });
    return { people: NGU_HIEP.length + TAN_TIEN.length + 1 };
  });
}
