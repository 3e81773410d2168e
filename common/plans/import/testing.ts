/**
 * Assertions shared by the importer's tests: the result validates against
 * planDocumentSchema and every string in it is NFC. Imported by *.test.ts only.
 */
import { expect } from 'vitest';
import { planDocumentSchema, type PlanDocument, type PlanSection } from '../plan-document.ts';
import { parsePlanText, type PlanImportResult } from './parse-plan.ts';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

export function expectValidDocument(result: PlanImportResult): PlanDocument {
  const parsed = planDocumentSchema.safeParse(result.document);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true);
  const notNfc = strings(result.document).filter((s) => s !== s.normalize('NFC'));
  expect(notNfc).toEqual([]);
  return result.document;
}

/** Parses pasted text and checks the result is a valid document. */
export function importText(text: string): { document: PlanDocument; warnings: PlanImportResult['warnings'] } {
  const result = parsePlanText(text);
  return { document: expectValidDocument(result), warnings: result.warnings };
}

/** Top-level sections as [label, title, role]. */
export function outlineOf(sections: PlanSection[]): Array<[string | null, string, string]> {
  return sections.map((s) => [s.label, s.title, s.role]);
}

/** A section found by its label path from the top ("IV.", "2."). */
export function sectionAt(sections: PlanSection[], ...labels: string[]): PlanSection {
  let list = sections;
  let found: PlanSection | undefined;
  for (const label of labels) {
    found = list.find((s) => s.label === label);
    if (!found) throw new Error(`no section ${labels.join(' > ')} (missing ${label}; have ${list.map((s) => s.label).join(', ')})`);
    list = found.sections;
  }
  return found!;
}

export function warningTexts(warnings: PlanImportResult['warnings']): string {
  return warnings.map((w) => w.message).join('\n');
}
