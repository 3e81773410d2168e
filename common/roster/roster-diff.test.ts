import { describe, expect, it } from 'vitest';
import { changedFields, diffRoster, findDuplicates, personKey } from './roster-diff.ts';
import type { RosterEntry } from './roster-diff.ts';
import { facts } from './roster.fixtures.ts';
import type { RosterFacts } from './roster-record.ts';

const entry = (ref: string | number, overrides: Partial<RosterFacts> = {}): RosterEntry => ({ ref, facts: facts(overrides) });
const refs = (entries: readonly RosterEntry[]) => entries.map((e) => e.ref);

describe('personKey', () => {
  it('folds the name and keeps the birth date or year', () => {
    expect(personKey('Nguyễn Thị Hoa', { date: '1985-03-12' })).toBe('nguyen thi hoa|1985-03-12');
    expect(personKey('NGUYỄN THỊ HOA', { date: '1985-03-12' })).toBe('nguyen thi hoa|1985-03-12');
    expect(personKey('Nguyễn Thị Hoà'.normalize('NFD'), { year: 1985 })).toBe('nguyen thi hoa|1985');
    // Old and new tone placement ("Hoà" / "Hòa") are different letters in NFC but the same key.
    expect(personKey('Nguyễn Thị Hoà', { year: 1985 })).toBe(personKey('Nguyễn Thị Hòa', { year: 1985 }));
  });
});

describe('diffRoster', () => {
  const current = [
    entry('p1', { fullName: 'Nguyễn Thị Hoa', birth: { date: '1985-03-12' } }),
    entry('p2', { fullName: 'Trần Văn Nam', sex: 'male', birth: { date: '1980-01-01' } }),
    entry('p3', { fullName: 'Lê Thị Lan', birth: { year: 1990 } }),
    entry('p4', { fullName: 'Phạm Thị Mai', birth: { date: '1975-05-05' } }),
  ];

  it('sorts people into joined, changed, unchanged and left', () => {
    const imported = [
      entry(5, { fullName: 'NGUYỄN THỊ HOA', birth: { date: '1985-03-12' } }), // same person, typed in capitals
      entry(6, { fullName: 'Trần Văn Nam', sex: 'male', birth: { date: '1980-01-01' }, position: 'vice_principal', staffGroup: 'manager' }),
      entry(7, { fullName: 'Lê Thị Lan', birth: { date: '1990-07-20' } }), // a year before, now a full date
      entry(8, { fullName: 'Hoàng Văn Minh', sex: 'male', birth: { date: '1995-09-09' } }),
    ];
    const diff = diffRoster(current, imported);
    expect(refs(diff.joined)).toEqual([8]);
    expect(diff.changed.map((c) => [c.current.ref, c.imported.ref, c.fields])).toEqual([
      ['p1', 5, ['fullName']],
      ['p2', 6, ['position', 'staffGroup']],
      ['p3', 7, ['birth']],
    ]);
    expect(diff.unchanged).toEqual([]);
    expect(refs(diff.left)).toEqual(['p4']);
    expect(diff.duplicates).toEqual([]);
  });

  it('finds nothing to do when the file is the roster', () => {
    const diff = diffRoster(current, current.map((e, i) => ({ ref: i + 2, facts: e.facts })));
    expect(diff.unchanged).toHaveLength(4);
    expect([diff.joined, diff.changed, diff.left]).toEqual([[], [], []]);
  });

  it('does not merge two namesakes born the same year when the year is all it has', () => {
    const twins = [entry('a', { fullName: 'Lò Thị Xuân', birth: { date: '1990-01-01' } }), entry('b', { fullName: 'Lò Thị Xuân', birth: { date: '1990-12-31' } })];
    const diff = diffRoster(twins, [entry(2, { fullName: 'Lò Thị Xuân', birth: { year: 1990 } })]);
    expect(refs(diff.joined)).toEqual([2]);
    expect(refs(diff.left)).toEqual(['a', 'b']);
  });

  it('does not take two different full birth dates for the same person', () => {
    const diff = diffRoster([entry('a', { birth: { date: '1985-03-12' } })], [entry(2, { birth: { date: '1985-03-21' } })]);
    expect(refs(diff.joined)).toEqual([2]);
    expect(refs(diff.left)).toEqual(['a']);
  });

  it('flags the same person twice in the file and compares only the first row', () => {
    const imported = [entry(2), entry(3, { position: 'principal', staffGroup: 'manager' }), entry(4, { fullName: 'Nguyễn Thị Hoa'.toUpperCase() })];
    const diff = diffRoster([entry('p1')], imported);
    expect(diff.duplicates).toEqual([{ key: 'nguyen thi hoa|1985-03-12', refs: [2, 3, 4] }]);
    expect(diff.unchanged.map((u) => u.imported.ref)).toEqual([2]);
    expect(diff.joined).toEqual([]);
  });
});

describe('findDuplicates', () => {
  it('flags namesakes with only a birth year too, so the file gives their dates', () => {
    const entries = [entry(2, { birth: { year: 1985 } }), entry(3, { birth: { year: 1985 } }), entry(4, { birth: { year: 1986 } })];
    expect(findDuplicates(entries)).toEqual([{ key: 'nguyen thi hoa|1985', refs: [2, 3] }]);
    expect(findDuplicates([entry(2), entry(3, { fullName: 'Nguyễn Thị Hoàn' })])).toEqual([]);
    // The key ignores diacritics, so a spelling variant of the same name is the same person.
    expect(findDuplicates([entry(2), entry(3, { fullName: 'Nguyễn Thị Hòa' })])).toHaveLength(1);
  });
});

describe('changedFields', () => {
  it('compares training years as sets and birth dates by value', () => {
    expect(changedFields(facts({ genderTrainingYears: [2024, 2023] }), facts({ genderTrainingYears: [2023, 2024] }))).toEqual([]);
    expect(changedFields(facts({ genderTrainingYears: [2023] }), facts({ genderTrainingYears: [2023, 2024] }))).toEqual(['genderTrainingYears']);
    expect(changedFields(facts({ birth: { year: 1985 } }), facts({ birth: { year: 1985 } }))).toEqual([]);
    expect(changedFields(facts(), facts({ ethnicGroupCode: '02', isEthnicMinority: true }))).toEqual(['ethnicGroupCode', 'isEthnicMinority']);
  });
});
