/**
 * /api/units/import and /api/units/export: preview a file, apply a preview, export a
 * subtree, download the template. Thin: read the request, call the service, answer.
 */
import { z } from 'zod';
import type { App } from '../../../lib/http.ts';
import { requireActor } from '../../../lib/http.ts';
import { readUpload, sendFile } from '../../../lib/files/file-transfer.ts';
import { unitExportQuery, unitImportApplyBody, unitImportPreview, unitImportResult } from '../../../../common/contracts/units.ts';
import { errorBody } from '../../../../common/contracts/shared.ts';
import { applyUnitImport, previewUnitImport } from './units-import.service.ts';
import { buildUnitImportTemplate, exportUnits } from './units-export.service.ts';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const uploadBody = z.object({ file: z.string().describe('Tệp .xlsx hoặc .csv (UTF-8; dấu phẩy hoặc chấm phẩy)') }).nullish();

export async function unitImportRoutes(app: App) {
  const tags = ['units'];

  app.post(
    '/api/units/import/preview',
    {
      schema: {
        tags,
        summary: 'Xem trước tệp nhập danh sách đơn vị (.xlsx hoặc .csv, trường "file")',
        consumes: ['multipart/form-data'],
        // Documents the upload; the file itself is read from the multipart stream, not validated here.
        body: uploadBody,
        response: { 200: unitImportPreview, ...errors, 413: errorBody },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const upload = await readUpload(request, app.config.maxUploadBytes);
      return previewUnitImport(app.database, actor, upload);
    },
  );

  app.post(
    '/api/units/import/apply',
    { schema: { tags, summary: 'Áp dụng bản xem trước: nhập toàn bộ hoặc không nhập gì', body: unitImportApplyBody, response: { 200: unitImportResult, ...errors, 422: errorBody } } },
    async (request) => applyUnitImport(app.database, requireActor(request), request.body.previewId),
  );

  app.get(
    '/api/units/import/template',
    { schema: { tags, summary: 'Tải tệp mẫu nhập danh sách đơn vị (.xlsx)', response: { 200: z.any().describe('Tệp .xlsx'), ...errors } } },
    async (request, reply) => sendFile(reply, await buildUnitImportTemplate(app.database, requireActor(request))),
  );

  app.get(
    '/api/units/export',
    { schema: { tags, summary: 'Xuất danh sách đơn vị ra .xlsx hoặc .csv', querystring: unitExportQuery, response: { 200: z.any().describe('Tệp .xlsx hoặc .csv'), ...errors } } },
    async (request, reply) => {
      const { format, rootId, includeClosed } = request.query;
      return sendFile(reply, await exportUnits(app.database, requireActor(request), { format, rootId, includeClosed }));
    },
  );
}
