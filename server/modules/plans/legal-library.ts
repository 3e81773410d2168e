/**
 * The legal library: every document a plan cites, de-duplicated. A citation is filed
 * under its type and number ("Quyết định 383/QĐ-BGDĐT"), or under its type and title when
 * it has no number (a law cited by name: "Luật Bình đẳng giới"). A basis that is neither
 * ("Căn cứ tình hình thực tế …") is not a document and is not filed.
 */
import type { Tx } from '../../db/client.ts';
import type { Citation, PlanDocument } from '../../../common/plans/plan-document.ts';
import { normalizeText, toSearchKey, vietnameseSortKey } from '../../../common/text/vietnamese.ts';
import * as repo from './plans.repo.ts';

/** "383/QĐ-BGDĐT" and "383 / QĐ-BGDĐT" and "383/qđ-bgdđt" are one number. */
function numberKey(number: string): string {
  return toSearchKey(number.replace(/\s+/g, ''));
}

export function legalDocumentKey(citation: Pick<Citation, 'type' | 'number' | 'title'>): string | null {
  const type = citation.type ? toSearchKey(citation.type) : null;
  if (citation.number) return `${type ?? ''}|${numberKey(citation.number)}`;
  if (type && citation.title) return `${type}|${toSearchKey(citation.title)}`;
  return null;
}

export function legalDocumentValues(citation: Citation): repo.LegalDocumentValues | null {
  const dedupeKey = legalDocumentKey(citation);
  if (!dedupeKey || !citation.type) return null;
  const docType = normalizeText(citation.type);
  const number = citation.number ? citation.number.replace(/\s+/g, '') : null;
  const label = [docType, number, citation.issuer, citation.title].filter(Boolean).join(' ');
  return {
    docType,
    number,
    issuedOn: citation.date,
    issuer: citation.issuer ? normalizeText(citation.issuer) : null,
    title: citation.title ? normalizeText(citation.title) : null,
    dedupeKey,
    searchKey: toSearchKey(label),
    sortKey: vietnameseSortKey(`${docType} ${number ?? citation.title ?? ''}`),
  };
}

/** Files every citation of the plan in the library and returns the plan with each citation linked to its entry. */
export async function fileCitations(tx: Tx, content: PlanDocument): Promise<PlanDocument> {
  const legalBases: Citation[] = [];
  for (const citation of content.legalBases) {
    const values = legalDocumentValues(citation);
    legalBases.push(values ? { ...citation, legalDocumentId: await repo.upsertLegalDocument(tx, values) } : { ...citation, legalDocumentId: null });
  }
  return { ...content, legalBases };
}

/** The library searched without diacritics ("quyet dinh 383", "binh dang gioi"), newest first. */
export function searchLegalLibrary(tx: Tx, searchKey: string | null, limit: number) {
  return repo.searchLegalDocuments(tx, searchKey, limit);
}

/** Files the citations of several documents at once (the seed library, a CLI import). */
export async function fileLibraryCitations(tx: Tx, citations: readonly Citation[]): Promise<number> {
  let filed = 0;
  for (const citation of citations) {
    const values = legalDocumentValues(citation);
    if (values) {
      await repo.upsertLegalDocument(tx, values);
      filed += 1;
    }
  }
  return filed;
}
