/**
 * What a roster preview keeps for its apply: the file's rows on the roster (with each
 * name's search key, computed once) and the comparison's outcome as a write plan — who
 * joins; who changes, in which facts, against which version; who leaves. Stored small:
 * rows as tuples, JSON, gzip, base64, one string inside the preview's jsonb payload —
 * 100,000 rows are ~2 MB there instead of ~30 MB of objects, so storing and taking a
 * preview costs milliseconds, not seconds, on both databases.
 *
 * Only this module writes and reads the packed form; gzip's checksum and a shape check
 * make a damaged string a refusal, never a wrong write.
 */
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import type { RosterFacts } from '../../../../common/roster/roster-record.ts';
import type { CalendarDate } from '../../../../common/text/calendar-dates.ts';
import type { CurrentVersion } from './roster-import.repo.ts';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

/** A row of the file that is on the roster as of the preview's day. */
export interface ImportedRow {
  /** The Excel row number. */
  row: number;
  facts: RosterFacts;
  /** First day in the unit, when the sheet says it. */
  startDate: CalendarDate | null;
  /** toSearchKey(facts.fullName): matched on, and stored with a joining person. */
  nameKey: string;
}

/** What an apply writes: the outcome of comparing the rows with the roster. */
export interface WritePlan {
  joined: ImportedRow[];
  changed: { imported: ImportedRow; person: CurrentVersion; fields: (keyof RosterFacts)[] }[];
  left: CurrentVersion[];
}

type PackedRow = [
  row: number,
  startDate: CalendarDate | null,
  fullName: string,
  nameKey: string,
  /** A date, or a bare year. */
  birth: CalendarDate | number,
  sex: RosterFacts['sex'],
  ethnicGroupCode: string | null,
  isEthnicMinority: boolean,
  position: RosterFacts['position'],
  staffGroup: RosterFacts['staffGroup'],
  degree: RosterFacts['degree'],
  trainingStandard: RosterFacts['trainingStandard'],
  politicalTheory: RosterFacts['politicalTheory'],
  isPartyMember: boolean,
  isPartyCommitteeMember: boolean,
  isInPlanningPool: boolean,
  planningPoolPost: string | null,
  genderTrainingYears: readonly number[],
  committeeRole: RosterFacts['committeeRole'],
];

type PackedVersion = [personId: number, versionId: number, validFrom: CalendarDate, validTo: CalendarDate | null];

interface Packed {
  rows: PackedRow[];
  /** Indexes into rows. */
  joined: number[];
  changed: [index: number, person: PackedVersion, fields: (keyof RosterFacts)[]][];
  left: PackedVersion[];
}

function packRow(r: ImportedRow): PackedRow {
  const f = r.facts;
  const birth = 'date' in f.birth ? f.birth.date : f.birth.year;
  return [
    r.row, r.startDate, f.fullName, r.nameKey, birth, f.sex, f.ethnicGroupCode, f.isEthnicMinority, f.position, f.staffGroup, f.degree,
    f.trainingStandard, f.politicalTheory, f.isPartyMember, f.isPartyCommitteeMember, f.isInPlanningPool, f.planningPoolPost,
    f.genderTrainingYears, f.committeeRole,
  ];
}

function unpackRow(p: PackedRow): ImportedRow {
  const [row, startDate, fullName, nameKey, birth, sex, ethnicGroupCode, isEthnicMinority, position, staffGroup, degree, trainingStandard, politicalTheory, isPartyMember, isPartyCommitteeMember, isInPlanningPool, planningPoolPost, genderTrainingYears, committeeRole] = p;
  return {
    row,
    startDate,
    nameKey,
    facts: {
      fullName,
      birth: typeof birth === 'number' ? { year: birth } : { date: birth },
      sex,
      ethnicGroupCode,
      isEthnicMinority,
      position,
      staffGroup,
      degree,
      trainingStandard,
      politicalTheory,
      isPartyMember,
      isPartyCommitteeMember,
      isInPlanningPool,
      planningPoolPost,
      genderTrainingYears,
      committeeRole,
    },
  };
}

const packVersion = (v: CurrentVersion): PackedVersion => [v.personId, v.versionId, v.validFrom, v.validTo];
const unpackVersion = ([personId, versionId, validFrom, validTo]: PackedVersion): CurrentVersion => ({ personId, versionId, validFrom, validTo });

/** The rows and their plan as one string; every row of the plan must be one of `rows`. */
export async function packPlan(rows: readonly ImportedRow[], plan: WritePlan): Promise<string> {
  const indexOf = new Map(rows.map((r, i) => [r, i]));
  const index = (r: ImportedRow) => {
    const i = indexOf.get(r);
    if (i === undefined) throw new Error(`row ${r.row} of the plan is not among the rows`);
    return i;
  };
  const packed: Packed = {
    rows: rows.map(packRow),
    joined: plan.joined.map(index),
    changed: plan.changed.map((c) => [index(c.imported), packVersion(c.person), c.fields]),
    left: plan.left.map(packVersion),
  };
  return (await gzip(JSON.stringify(packed), { level: 1 })).toString('base64');
}

function isPacked(value: unknown): value is Packed {
  const p = value as Partial<Packed> | null;
  return (
    !!p &&
    Array.isArray(p.rows) &&
    p.rows.every((r) => Array.isArray(r) && r.length === 19) &&
    Array.isArray(p.joined) &&
    Array.isArray(p.changed) &&
    Array.isArray(p.left)
  );
}

/** The rows and plan of packPlan; null when the string is not one (damaged, or of another version). */
export async function unpackPlan(text: string): Promise<{ rows: ImportedRow[]; plan: WritePlan } | null> {
  let value: unknown;
  try {
    value = JSON.parse((await gunzip(Buffer.from(text, 'base64'))).toString('utf8'));
  } catch {
    return null;
  }
  if (!isPacked(value)) return null;
  const rows = value.rows.map(unpackRow);
  const at = (i: number) => {
    const row = rows[i];
    if (!row) throw new Error(`the stored plan names row index ${i} of ${rows.length}`);
    return row;
  };
  try {
    return {
      rows,
      plan: {
        joined: value.joined.map(at),
        changed: value.changed.map(([i, person, fields]) => ({ imported: at(i), person: unpackVersion(person), fields })),
        left: value.left.map(unpackVersion),
      },
    };
  } catch {
    return null;
  }
}
