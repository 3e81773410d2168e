/**
 * Importing a plan from Word or pasted text: read the file safely (plan-file.read.ts),
 * find the plan's structure (common/plans/import), answer it for review. Nothing is
 * written: the person checks the result in the editor and saves it as a draft.
 */
import { AppError } from '../../lib/errors.ts';
import type { PlanImportPreview } from '../../../common/contracts/plans.ts';
import { parsePlan } from '../../../common/plans/import/parse-plan.ts';
import { paragraphsFromText } from '../../../common/plans/import/source.ts';
import { detectLegacyVietnameseEncoding, legacyEncodingMessage } from '../../../common/text/legacy-encoding.ts';
import { readPlanFile } from './import/plan-file.read.ts';

function preview(result: ReturnType<typeof parsePlan>, fileName: string | null): PlanImportPreview {
  if (result.document.sections.length === 0 && result.document.legalBases.length === 0 && !result.document.title) {
    throw new AppError('IMPORT_INVALID', `Không nhận ra kế hoạch trong ${fileName ? `tệp "${fileName}"` : 'văn bản đã dán'}: không thấy tên kế hoạch, căn cứ hay các mục I., II., 1., 2. …`);
  }
  return { content: result.document, warnings: result.warnings, fileName };
}

export function previewPlanFile(file: { fileName: string; content: Buffer }): PlanImportPreview {
  return preview(parsePlan(readPlanFile(file.content, file.fileName)), file.fileName);
}

export function previewPlanText(text: string): PlanImportPreview {
  const encoding = detectLegacyVietnameseEncoding(text);
  if (encoding) throw new AppError('BAD_FILE', legacyEncodingMessage(encoding, 'Văn bản đã dán'));
  const paragraphs = paragraphsFromText(text);
  if (paragraphs.length === 0) throw new AppError('BAD_FILE', 'Văn bản đã dán không có nội dung.');
  return preview(parsePlan(paragraphs), null);
}
