/**
 * The campaign files: a campaign's results as .xlsx / .csv (streamed), and a report's
 * offline Excel form — download it, upload it filled. Thin: parse, call one service
 * function, answer.
 */
import { z } from 'zod';
import type { App } from '../../../lib/http.ts';
import { requireActor } from '../../../lib/http.ts';
import { signingSecretOf } from '../../../lib/file-signing.ts';
import { readUpload, sendFile, sendStream } from '../../../lib/files/file-transfer.ts';
import { boardQuery, reportDetail } from '../../../../common/contracts/campaigns.ts';
import { errorBody, errorResponses, idParams } from '../../../../common/contracts/shared.ts';
import { prepareCampaignExport, type ExportFormat } from './campaign-export.service.ts';
import { downloadReportForm } from './report-form-download.service.ts';
import { importReportForm } from './report-form-import.service.ts';
import { exportCampaignLetter, exportReportDocx } from './campaign-documents.service.ts';

const uploadBody = z.object({ file: z.string().describe('Biểu mẫu .xlsx đã điền (tải về từ GET /api/reports/:id/form.xlsx)') }).nullish();

export async function campaignFileRoutes(app: App) {
  const tags = ['campaigns'];
  const secret = () => signingSecretOf(app.config);

  for (const format of ['xlsx', 'csv'] as const satisfies readonly ExportFormat[]) {
    app.get(
      `/api/campaigns/:id/export.${format}`,
      {
        schema: {
          tags,
          summary:
            format === 'xlsx'
              ? 'Xuất kết quả đợt báo cáo ra .xlsx: tổng hợp theo cấp, số liệu từng đơn vị, thông tin đợt (mặc định: đơn vị của bạn, hoặc đơn vị ban hành)'
              : 'Xuất số liệu từng đơn vị của đợt báo cáo ra .csv (UTF-8 có BOM)',
          params: idParams,
          querystring: boardQuery,
          response: { 200: z.any().describe(format === 'xlsx' ? 'Tệp .xlsx' : 'Tệp .csv'), ...errorResponses },
        },
      },
      async (request, reply) => sendStream(reply, await prepareCampaignExport(app.database, requireActor(request), request.params.id, { format, unitId: request.query.unitId })),
    );
  }

  const reportTags = ['reports'];

  app.get(
    '/api/campaigns/:id/letter.docx',
    { schema: { tags, summary: 'Công văn hướng dẫn báo cáo của đợt (.docx, thể thức Nghị định 30/2020/NĐ-CP)', params: idParams, response: { 200: z.any().describe('Tệp .docx'), ...errorResponses } } },
    async (request, reply) => sendFile(reply, await exportCampaignLetter(app.database, requireActor(request), request.params.id)),
  );

  app.get(
    '/api/reports/:id/docx',
    { schema: { tags: reportTags, summary: 'Báo cáo của đơn vị (.docx, thể thức Nghị định 30/2020/NĐ-CP) với số liệu ở phụ lục', params: idParams, response: { 200: z.any().describe('Tệp .docx'), ...errorResponses } } },
    async (request, reply) => sendFile(reply, await exportReportDocx(app.database, requireActor(request), request.params.id)),
  );

  app.get(
    '/api/reports/:id/form.xlsx',
    { schema: { tags: reportTags, summary: 'Tải biểu mẫu Excel của báo cáo để điền ngoại tuyến', params: idParams, response: { 200: z.any().describe('Tệp .xlsx'), ...errorResponses } } },
    async (request, reply) => sendFile(reply, await downloadReportForm(app.database, requireActor(request), request.params.id, secret())),
  );

  app.post(
    '/api/reports/:id/form.xlsx',
    {
      schema: {
        tags: reportTags,
        summary: 'Tải lên biểu mẫu Excel đã điền (trường "file"): lưu như lưu nháp trên trang báo cáo; 409 REPORT_CONFLICT nếu báo cáo đã đổi sau khi tải biểu mẫu',
        consumes: ['multipart/form-data'],
        params: idParams,
        // Documents the upload; the file itself is read from the multipart stream, not validated here.
        body: uploadBody,
        response: { 200: reportDetail, ...errorResponses, 413: errorBody },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const upload = await readUpload(request, app.config.maxUploadBytes);
      return importReportForm(app.database, actor, request.params.id, upload, secret());
    },
  );
}
