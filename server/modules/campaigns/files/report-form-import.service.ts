/**
 * An offline report form coming back (tải lên biểu mẫu đã điền): read by content with the
 * shared guards (a zip, no zip bomb, within the size limit), proved to be this report's
 * own form (signed metadata: report, campaign, unit, template version), read cell by
 * cell (report-form.read.ts), then saved through reports.service.ts exactly as the web
 * form saves — policy, editability, the version the form was made from (409
 * REPORT_CONFLICT if the report changed since), audit and live rollups in one transaction.
 * Any refusal changes nothing.
 */
import type { Database } from '../../../db/client.ts';
import { AppError } from '../../../lib/errors.ts';
import { authorize, type Actor } from '../../../lib/policy.ts';
import { loadXlsx } from '../../../lib/files/xlsx-read.ts';
import { isZip } from '../../../lib/files/zip-guard.ts';
import type { ReportDetail } from '../../../../common/contracts/campaigns.ts';
import { loadReportForFile, saveReportContent } from '../reports.service.ts';
import { readFormContent, readFormMetadata, type FormMetadata } from './report-form.read.ts';

export const NOT_XLSX = 'Tệp không phải .xlsx: hãy tải lên biểu mẫu Excel đã tải về từ trang báo cáo (đã điền và lưu bằng Excel).';

type Loaded = Awaited<ReturnType<typeof loadReportForFile>>;

/** The form must be this report's: same report, campaign and unit, made from the campaign's template version. */
function assertSameReport(metadata: FormMetadata, { report, campaign }: Loaded) {
  const isOtherUnit = metadata.unitCode !== report.unitCode;
  const isOtherCampaign = metadata.campaignId !== campaign.id;
  if (isOtherUnit || isOtherCampaign || metadata.reportId !== report.id) {
    const theirs = [
      ...(isOtherUnit || !isOtherCampaign ? [`đơn vị ${metadata.unitName} (${metadata.unitCode})`] : []),
      ...(isOtherCampaign ? [`đợt báo cáo "${metadata.campaignName}"`] : []),
    ].join(', ');
    const ours = [...(isOtherUnit || !isOtherCampaign ? [`đơn vị ${report.unitName} (${report.unitCode})`] : []), ...(isOtherCampaign ? [`đợt báo cáo "${campaign.name}"`] : [])].join(', ');
    throw new AppError('IMPORT_INVALID', `Tệp này là biểu mẫu của ${theirs}, không phải của báo cáo này (${ours}).`);
  }
  if (metadata.templateVersionId !== campaign.templateVersionId) {
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp được tạo từ một phiên bản mẫu báo cáo khác với phiên bản đợt báo cáo đang dùng (${campaign.templateName}, phiên bản ${campaign.templateVersion}). Hãy tải biểu mẫu mới và nhập lại số liệu.`,
    );
  }
}

export async function importReportForm(database: Database, actor: Actor, id: number, upload: { content: Uint8Array }, secret: string): Promise<ReportDetail> {
  const loaded = await loadReportForFile(database, actor, id);
  const { report, definition } = loaded;
  authorize(actor, 'report:fill', { path: report.unitPath }, 'Vai trò hiện tại không được nhập báo cáo này');
  if (upload.content.length === 0) throw new AppError('BAD_FILE', 'Tệp rỗng (0 byte). Hãy chọn biểu mẫu .xlsx đã điền.');
  if (!isZip(upload.content)) throw new AppError('BAD_FILE', NOT_XLSX);
  const workbook = await loadXlsx(upload.content);
  const metadata = readFormMetadata(workbook, secret);
  assertSameReport(metadata, loaded);
  const content = readFormContent(workbook, definition);
  // The form holds numbers and answers; explanations and confirmations of the rules stay as the report has them.
  return saveReportContent(database, actor, id, { values: content.values, answers: content.answers, responses: report.responses }, metadata.reportVersion);
}
