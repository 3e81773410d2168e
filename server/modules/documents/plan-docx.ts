/**
 * A plan (Kế hoạch) as the .docx an office signs: header, "KẾ HOẠCH" and the title with
 * its rule, legal bases, preamble, the numbered outline, closing, recipients and signer —
 * NĐ 30/2020 layout (official-layout.ts). A document of kind 'report' gets "BÁO CÁO"
 * instead (renderReportDocx adds its annexes); a letter goes to renderLetterDocx.
 */
import type { PlanDocument } from '../../../common/plans/plan-document.ts';
import { renderLetterDocx } from './letter-docx.ts';
import { bodyBlocks, documentTitle, headerTable, officialDocument, packDocument, pageSection, signatureTable } from './official-layout.ts';

export const DOCUMENT_TYPE_WORDS = { plan: 'KẾ HOẠCH', report: 'BÁO CÁO' } as const;

/** The blocks of the first section of a plan or a report: everything up to the signature. */
export function planBlocks(doc: PlanDocument, typeWord: string) {
  return [headerTable(doc), ...documentTitle(typeWord, doc.title), ...bodyBlocks(doc), signatureTable(doc)];
}

export async function renderPlanDocx(doc: PlanDocument): Promise<Buffer> {
  if (doc.kind === 'letter') return renderLetterDocx(doc);
  const document = officialDocument(doc, [pageSection(planBlocks(doc, DOCUMENT_TYPE_WORDS[doc.kind]), { first: true })]);
  return packDocument(document);
}
