/**
 * A guidance letter (Công văn, like the Bến Cát seed) as .docx: the same header with the
 * "V/v …" line under the number, no document type or title, "Kính gửi:" and the
 * addressees, then the body, recipients and signer (NĐ 30/2020, Phụ lục I, mẫu 1.4).
 */
import { AlignmentType } from 'docx';
import type { Paragraph } from 'docx';
import type { PlanDocument } from '../../../common/plans/plan-document.ts';
import { SIZE, TEXT_WIDTH, textWidth } from './official-format.ts';
import { bodyBlocks, headerTable, line, officialDocument, packDocument, pageSection, signatureTable } from './official-layout.ts';

const LEAD = 'Kính gửi:';

/**
 * "Kính gửi: Các trường công lập trực thuộc." on one centred line for one addressee;
 * for several, "Kính gửi:" over "- …;" lines (the last ending "."), the whole block centred
 * on the page by its widest line and its lines aligned on the left.
 */
export function addresseeBlock(addressees: readonly string[]): Paragraph[] {
  const names = addressees.map((name) => name.trim().replace(/^[-–•]\s*/, '')).filter((name) => name.length > 0);
  if (names.length === 0) return [];
  if (names.length === 1) return [line(`${LEAD} ${/[.;:!?]$/.test(names[0]!) ? names[0] : `${names[0]}.`}`, { size: SIZE.body, before: 240, after: 240 })];
  const items = names.map((name, index) => `- ${name.replace(/[;.,\s]+$/, '')}${index === names.length - 1 ? '.' : ';'}`);
  const itemIndent = 567;
  const widest = Math.max(textWidth(LEAD, SIZE.body), ...items.map((item) => itemIndent + textWidth(item, SIZE.body)));
  const left = Math.max(0, Math.round((TEXT_WIDTH - Math.min(widest, TEXT_WIDTH)) / 2));
  return [
    line(LEAD, { align: AlignmentType.LEFT, size: SIZE.body, before: 240, indentLeft: left, keepNext: true }),
    ...items.map((item, index) => line(item, { align: AlignmentType.LEFT, size: SIZE.body, indentLeft: left + itemIndent, after: index === items.length - 1 ? 240 : 0 })),
  ];
}

export async function renderLetterDocx(doc: PlanDocument): Promise<Buffer> {
  const blocks = [headerTable(doc, { subject: doc.subject ?? doc.title }), ...addresseeBlock(doc.addressees), ...bodyBlocks(doc), signatureTable(doc)];
  return packDocument(officialDocument(doc, [pageSection(blocks, { first: true })]));
}
