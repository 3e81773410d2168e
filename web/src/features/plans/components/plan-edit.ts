/**
 * Editing a plan document as data: every change is one small edit at a path of the
 * document (set a field, insert / remove / move an entry of a list), applied immutably so
 * that the parts of the editor whose data did not change keep their objects and skip
 * re-rendering. Plus what the editor suggests: the next outline label ("III." after "II.",
 * "c)" after "b)"), a citation's sentence from its fields, the outline to navigate.
 */
import type { Citation, PlanDocument, PlanItem, PlanSection, SectionRole } from '../../../../../common/plans/plan-document.ts';

export type DocPath = readonly (string | number)[];

export type PlanEdit =
  | { type: 'set'; path: DocPath; value: unknown }
  | { type: 'insert'; path: DocPath; index: number; value: unknown }
  | { type: 'remove'; path: DocPath; index: number }
  | { type: 'move'; path: DocPath; from: number; to: number };

type Json = unknown;

function updateIn(value: Json, path: DocPath, update: (inner: Json) => Json): Json {
  if (path.length === 0) return update(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const index = Number(head);
    const copy = [...value];
    copy[index] = updateIn(copy[index], rest, update);
    return copy;
  }
  const record = (value ?? {}) as Record<string, Json>;
  return { ...record, [String(head)]: updateIn(record[String(head)], rest, update) };
}

function asList(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

export function applyEdit(doc: PlanDocument, edit: PlanEdit): PlanDocument {
  switch (edit.type) {
    case 'set':
      return updateIn(doc, edit.path, () => edit.value) as PlanDocument;
    case 'insert':
      return updateIn(doc, edit.path, (list) => {
        const copy = [...asList(list)];
        copy.splice(Math.max(0, Math.min(edit.index, copy.length)), 0, edit.value);
        return copy;
      }) as PlanDocument;
    case 'remove':
      return updateIn(doc, edit.path, (list) => asList(list).filter((_, i) => i !== edit.index)) as PlanDocument;
    case 'move':
      return updateIn(doc, edit.path, (list) => {
        const copy = [...asList(list)];
        if (edit.from < 0 || edit.from >= copy.length || edit.to < 0 || edit.to >= copy.length) return copy;
        const [moved] = copy.splice(edit.from, 1);
        copy.splice(edit.to, 0, moved);
        return copy;
      }) as PlanDocument;
  }
}

/** "0.2" (the third sub-section of the first section) ↔ its path in the document. */
export function sectionPathOf(key: string): DocPath {
  return key.split('.').flatMap((index) => ['sections', Number(index)]);
}

export function sectionAt(doc: PlanDocument, key: string): PlanSection | undefined {
  let sections: readonly PlanSection[] = doc.sections;
  let found: PlanSection | undefined;
  for (const index of key.split('.').map(Number)) {
    found = sections[index];
    if (!found) return undefined;
    sections = found.sections;
  }
  return found;
}

/** The DOM id of a part of the editor or of the document view, for the outline's links. */
export const sectionAnchor = (key: string) => `plan-section-${key.replace(/\./g, '-')}`;

// ---------------------------------------------------------------------------------------
// Labels: what comes after "II.", "2.", "2.1.", "b)", "-"

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(value: number): string {
  let rest = value;
  let text = '';
  for (const [weight, letters] of ROMAN) {
    while (rest >= weight) {
      text += letters;
      rest -= weight;
    }
  }
  return text;
}

export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const current = values[text[i]!]!;
    const next = values[text[i + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return toRoman(total) === text ? total : null;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * The label that follows `previous` in the same list: "III." after "II.", "3." after "2.",
 * "2.4." after "2.3.", "c)" after "b)" (Vietnamese lists skip f, j, w, z and keep đ), a
 * bullet stays a bullet. `first` when there is nothing before it.
 */
export function nextLabel(previous: string | null | undefined, first: string | null): string | null {
  if (previous === null || previous === undefined || previous.trim() === '') return first;
  const label = previous.trim();
  const roman = /^([IVXLCDM]+)([.)]?)$/.exec(label);
  if (roman) {
    const value = fromRoman(roman[1]!);
    if (value !== null) return `${toRoman(value + 1)}${roman[2]}`;
  }
  const numbered = /^((?:\d+\.)*)(\d+)([.)]?)$/.exec(label);
  if (numbered) return `${numbered[1]}${Number(numbered[2]) + 1}${numbered[3]}`;
  const lettered = /^([a-zđ])([.)])$/i.exec(label);
  if (lettered) {
    const letter = lettered[1]!;
    const lower = letter.toLowerCase();
    const index = LETTERS.indexOf(lower);
    if (index >= 0 && index < LETTERS.length - 1) {
      const next = LETTERS[index + 1]!;
      return `${letter === lower ? next : next.toUpperCase()}${lettered[2]}`;
    }
  }
  return label;
}

/** The first label of a sub-list of a section labelled `parent`: "1." under "I.", "2.1." under "2.", "a)" under "2.1.". */
export function firstChildLabel(parent: string | null): string | null {
  if (parent === null) return '1.';
  const label = parent.trim();
  if (/^[IVXLCDM]+\.?$/.test(label)) return '1.';
  if (/^\d+\.$/.test(label)) return `${label}1.`;
  if (/^(\d+\.){2,}$/.test(label)) return 'a)';
  if (/^\d+\.\d+$/.test(label)) return `${label}.1.`;
  return 'a)';
}

export function newSection(siblings: readonly PlanSection[], parent: PlanSection | null): PlanSection {
  const previous = siblings.at(-1);
  const first = parent ? firstChildLabel(parent.label) : 'I.';
  const role: SectionRole = parent ? parent.role : 'other';
  return { label: nextLabel(previous?.label, first), title: '', role, items: [], sections: [] };
}

export function newItem(siblings: readonly PlanItem[], inTasks: boolean): PlanItem {
  const previous = siblings.at(-1);
  const label = previous?.label && /^[-+•*]$/.test(previous.label) ? previous.label : previous ? nextLabel(previous.label, '-') : '-';
  return { label, text: '', kind: previous?.kind ?? (inTasks ? 'task' : 'text') };
}

// ---------------------------------------------------------------------------------------
// Citations

/** "05/03/2025" → "ngày 05/3/2025": dates inside a sentence, the way the seeds write them. */
function citationDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${Number(month)}/${year}`;
}

const lowerFirst = (text: string) => (text ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text);

/**
 * The sentence of a legal basis from its fields, as the seeds write it: "Căn cứ Quyết định
 * số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ Giáo dục và Đào tạo về việc ban hành …;".
 */
export function composeCitationText(citation: Pick<Citation, 'lead' | 'type' | 'number' | 'date' | 'issuer' | 'title'>): string {
  const title = citation.title?.trim() ?? '';
  const type = citation.type?.trim() ?? '';
  // A law is cited by its name ("Luật Bình đẳng giới"); other documents by what they are about.
  const isNamed = title !== '' && /^(luật|bộ luật|pháp lệnh)$/i.test(type) && !/^(về|v\/v)(?=\s|$)/i.test(title);
  const about = title && !isNamed ? (/^(về|v\/v)(?=\s|$)/i.test(title) ? lowerFirst(title) : `về ${lowerFirst(title)}`) : null;
  const parts = [
    citation.lead ?? 'Căn cứ',
    type || null,
    isNamed ? title : null,
    citation.number?.trim() ? `số ${citation.number.trim()}` : null,
    citation.date ? `ngày ${citationDate(citation.date)}` : null,
    citation.issuer?.trim() ? `của ${citation.issuer.trim()}` : null,
    about,
  ].filter((part): part is string => Boolean(part));
  return `${parts.join(' ')};`;
}

export function emptyCitation(): Citation {
  return { lead: 'Căn cứ', type: null, number: null, date: null, issuer: null, title: null, text: '' };
}

// ---------------------------------------------------------------------------------------
// The outline

export interface OutlineEntry {
  key: string;
  label: string | null;
  title: string;
  depth: number;
  itemCount: number;
}

/** Every section in document order with its depth (0 for I., II., …). */
export function outlineOf(sections: readonly PlanSection[], prefix = '', depth = 0): OutlineEntry[] {
  return sections.flatMap((section, index) => {
    const key = prefix ? `${prefix}.${index}` : String(index);
    return [{ key, label: section.label, title: section.title, depth, itemCount: section.items.length }, ...outlineOf(section.sections, key, depth + 1)];
  });
}

/** How many tasks the plan lists, at every depth. */
export function countItems(sections: readonly PlanSection[], kind?: PlanItem['kind']): number {
  return sections.reduce((sum, section) => sum + section.items.filter((item) => !kind || item.kind === kind).length + countItems(section.sections, kind), 0);
}
