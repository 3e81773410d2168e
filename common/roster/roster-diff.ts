/**
 * The import's preview: who joins, who changes and who leaves when an imported file
 * replaces the current roster, and who appears twice in the file.
 *
 * People are matched by a key made of the folded full name (no diacritics, no case:
 * "NGUYỄN THỊ HOÀ" = "Nguyễn Thị Hòa") and the birth date. When one side knows only the
 * birth year, a person is matched on name and year — but only when exactly one person
 * fits, so two namesakes born the same year are never merged by a guess.
 */
import { toSearchKey } from '../text/vietnamese.ts';
import type { BirthDate, RosterFacts } from './roster-record.ts';

export interface RosterEntry {
  /** The person's id for the current roster, the row number for the imported file. */
  ref: string | number;
  facts: RosterFacts;
  /** The folded full name (toSearchKey), when the caller has it already (stored, or computed for the write). */
  nameKey?: string;
}

export interface ChangedEntry {
  current: RosterEntry;
  imported: RosterEntry;
  /** The facts that differ, in RosterFacts order. */
  fields: (keyof RosterFacts)[];
}

export interface RosterDiff {
  joined: RosterEntry[];
  changed: ChangedEntry[];
  unchanged: { current: RosterEntry; imported: RosterEntry }[];
  left: RosterEntry[];
  /** The same person more than once in the file; the later rows are left out of the comparison. */
  duplicates: { key: string; refs: (string | number)[] }[];
}

function nameKey(fullName: string): string {
  return toSearchKey(fullName);
}

function birthYear(birth: BirthDate): number {
  return 'year' in birth ? birth.year : Number(birth.date.slice(0, 4));
}

/** personKey of a name already folded. */
const keyOfFolded = (foldedName: string, birth: BirthDate) => `${foldedName}|${'year' in birth ? String(birth.year) : birth.date}`;

/** The key a person is matched and deduplicated by: "nguyen thi hoa|1985-03-12" or "nguyen thi hoa|1985". */
export function personKey(fullName: string, birth: BirthDate): string {
  return keyOfFolded(nameKey(fullName), birth);
}

interface EntryKeys {
  /** personKey: name and date (or year). */
  key: string;
  /** Name and year, for the second pass. */
  yearKey: string;
}

/** Both keys of each entry, folding each name once: folding is most of a large comparison's time. */
function keysOf(entries: Iterable<RosterEntry>): Map<RosterEntry, EntryKeys> {
  const keys = new Map<RosterEntry, EntryKeys>();
  for (const entry of entries) {
    const name = entry.nameKey ?? nameKey(entry.facts.fullName);
    const birth = entry.facts.birth;
    keys.set(entry, { key: keyOfFolded(name, birth), yearKey: `${name}|${birthYear(birth)}` });
  }
  return keys;
}

/**
 * Entries whose key occurs more than once, each with every ref in file order. Two
 * namesakes with only a birth year are flagged too: the file must give their dates to
 * tell them apart.
 */
export function findDuplicates(entries: readonly RosterEntry[], keyOf: (entry: RosterEntry) => string = (e) => personKey(e.facts.fullName, e.facts.birth)): { key: string; refs: (string | number)[] }[] {
  const refsByKey = new Map<string, (string | number)[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const refs = refsByKey.get(key);
    if (refs) refs.push(entry.ref);
    else refsByKey.set(key, [entry.ref]);
  }
  return [...refsByKey].filter(([, refs]) => refs.length > 1).map(([key, refs]) => ({ key, refs }));
}

const FACT_FIELDS: readonly (keyof RosterFacts)[] = [
  'fullName',
  'birth',
  'sex',
  'ethnicGroupCode',
  'isEthnicMinority',
  'position',
  'staffGroup',
  'degree',
  'trainingStandard',
  'politicalTheory',
  'isPartyMember',
  'isPartyCommitteeMember',
  'isInPlanningPool',
  'planningPoolPost',
  'genderTrainingYears',
  'committeeRole',
];

function sameValue(a: RosterFacts[keyof RosterFacts], b: RosterFacts[keyof RosterFacts]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const [x, y] = [[...a].sort(), [...b].sort()];
    return x.length === y.length && x.every((value, i) => value === y[i]);
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** The facts that differ between two versions of a person. */
export function changedFields(current: RosterFacts, imported: RosterFacts): (keyof RosterFacts)[] {
  return FACT_FIELDS.filter((field) => !sameValue(current[field], imported[field]));
}

/** Compares the imported file with the current roster (people on the staff today). */
export function diffRoster(current: readonly RosterEntry[], imported: readonly RosterEntry[]): RosterDiff {
  const keys = keysOf([...current, ...imported]);
  const keyOf = (entry: RosterEntry) => keys.get(entry)!.key;
  const yearKeyOf = (entry: RosterEntry) => keys.get(entry)!.yearKey;
  const duplicates = findDuplicates(imported, keyOf);
  const seen = new Set<string>();
  const importedOnce = imported.filter((entry) => {
    const key = keyOf(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const matches = new Map<RosterEntry, RosterEntry>(); // imported → current
  const taken = new Set<RosterEntry>();
  const currentByKey = groupBy(current, keyOf);
  for (const entry of importedOnce) {
    const candidate = currentByKey.get(keyOf(entry))?.find((c) => !taken.has(c));
    if (candidate) {
      matches.set(entry, candidate);
      taken.add(candidate);
    }
  }

  // Second pass: a year on one side and a date (or a year) on the other, only when unambiguous.
  const freeCurrentByYear = groupBy(current.filter((c) => !taken.has(c)), yearKeyOf);
  const freeImported = importedOnce.filter((entry) => !matches.has(entry));
  const freeImportedByYear = groupBy(freeImported, yearKeyOf);
  for (const entry of freeImported) {
    const key = yearKeyOf(entry);
    const candidates = freeCurrentByYear.get(key) ?? [];
    const rivals = freeImportedByYear.get(key) ?? [];
    const eitherIsYearOnly = (c: RosterEntry): boolean => 'year' in c.facts.birth || 'year' in entry.facts.birth;
    if (candidates.length === 1 && rivals.length === 1 && eitherIsYearOnly(candidates[0]!)) {
      matches.set(entry, candidates[0]!);
      taken.add(candidates[0]!);
    }
  }

  const diff: RosterDiff = { joined: [], changed: [], unchanged: [], left: [], duplicates };
  for (const entry of importedOnce) {
    const match = matches.get(entry);
    if (!match) {
      diff.joined.push(entry);
      continue;
    }
    const fields = changedFields(match.facts, entry.facts);
    if (fields.length > 0) diff.changed.push({ current: match, imported: entry, fields });
    else diff.unchanged.push({ current: match, imported: entry });
  }
  diff.left = current.filter((c) => !taken.has(c));
  return diff;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
