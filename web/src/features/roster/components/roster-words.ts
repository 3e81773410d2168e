/**
 * How the roster's values read on screen: the vocabularies' labels in the current
 * language, a birth as "09/01/1988" or "1975", the training level as one phrase, the
 * 54 ethnic groups as select options searchable without diacritics.
 */
import { ETHNIC_GROUPS, ethnicGroupByCode } from '../../../../../common/roster/ethnic-groups.ts';
import { trainingLevelOf } from '../../../../../common/roster/roster-record.ts';
import type { RosterFactsView, RosterPerson } from '../../../../../common/contracts/roster.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import type { Messages } from '../../../../../common/i18n/vi.ts';

type Words = Messages['roster'];

export function birthText(person: Pick<RosterPerson, 'birthDate' | 'birthYear'>): string {
  return person.birthDate ? formatDate(person.birthDate) : String(person.birthYear);
}

export function ethnicGroupName(code: string | null): string | null {
  return code === null ? null : (ethnicGroupByCode(code)?.name ?? code);
}

/** "Thạc sĩ", "Đại học · Đạt chuẩn", or null when nothing is known. */
export function trainingText(words: Words, facts: Pick<RosterFactsView, 'degree' | 'trainingStandard'>): string | null {
  const level = trainingLevelOf(facts);
  if (level === 'master' || level === 'doctorate') return words.degrees[level];
  const parts = [facts.degree ? words.degrees[facts.degree] : null, facts.trainingStandard ? words.standards[facts.trainingStandard] : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

export interface EthnicOption {
  value: string;
  label: string;
}

/** The 54 groups in code order (Kinh first), labelled "Kinh", "Tày"… */
export const ETHNIC_OPTIONS: readonly EthnicOption[] = ETHNIC_GROUPS.map((group) => ({ value: group.code, label: group.name }));

const ETHNIC_SEARCH_KEYS = new Map(ETHNIC_GROUPS.map((group) => [group.code, [group.name, ...group.aliases].map((name) => toSearchKey(name).replace(/[-']/g, ' '))]));

/** "tay" finds Tày, "hmong" finds HMông, "khmer" finds Khơ-me: names and aliases, diacritics and hyphens ignored. */
export function matchesEthnicGroup(code: string, search: string): boolean {
  const key = toSearchKey(search).replace(/[-']/g, ' ').trim();
  if (!key) return true;
  return (ETHNIC_SEARCH_KEYS.get(code) ?? []).some((name) => name.includes(key) || name.replace(/ /g, '').includes(key.replace(/ /g, '')));
}

/** A short line of what a version says, for the history. */
export function factsSummary(words: Words, facts: RosterFactsView): string[] {
  const lines: string[] = [];
  if (facts.position) lines.push(words.positions[facts.position]);
  else if (facts.staffGroup) lines.push(words.staffGroups[facts.staffGroup]);
  const training = trainingText(words, facts);
  if (training) lines.push(training);
  if (facts.politicalTheory) lines.push(`${words.person.politicalTheory}: ${words.politicalTheory[facts.politicalTheory]}`);
  if (facts.isPartyMember) lines.push(words.person.isPartyMember);
  if (facts.isPartyCommitteeMember) lines.push(words.person.isPartyCommitteeMember);
  if (facts.isInPlanningPool) lines.push(facts.planningPoolPost ? `${words.person.isInPlanningPool}: ${facts.planningPoolPost}` : words.person.isInPlanningPool);
  if (facts.genderTrainingYears.length > 0) lines.push(`${words.person.genderTrainingYears}: ${facts.genderTrainingYears.join(', ')}`);
  if (facts.committeeRole) lines.push(`${words.person.committeeRole}: ${words.committeeRoles[facts.committeeRole]}`);
  return lines;
}
