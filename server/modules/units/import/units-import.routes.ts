/**
 * /api/units/import and /api/units/export: preview a file, apply a preview, export a
 * subtree, download the template. Thin: read the request, call the service, answer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../../lib/http.ts';
import { requireActor } from '../../../lib/http.ts';
import { AppError } from '../../../lib/errors.ts';
import { unitExportQuery, unitImportApplyBody, unitImportPreview, unitImportResult } from '../../../../common/contracts/units.ts';
import { errorBody } from '../../../../common/contracts/shared.ts';
import { applyUnitImport, previewUnitImport } from './units-import.service.ts';
import { buildUnitImportTemplate, exportUnits, type ExportedFile } from './units-export.service.ts';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const uploadBody = z.object({ file: z.string().describe('Tệp .xlsx hoặc .csv (UTF-8; dấu phẩy hoặc chấm phẩy)') }).nullish();

/** attachment; an ASCII name for old clients, the Vietnamese one as RFC 5987 filename*. */
export function contentDisposition(file: Pick<ExportedFile, 'fileName' | 'asciiFileName'>): string {
  const encoded = encodeURIComponent(file.fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${file.asciiFileName}"; filename*=UTF-8''${encoded}`;
}

/** The one uploaded file, whole, or 413 when it passed the size limit. */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw new AppError('BAD_FILE', 'Hãy gửi tệp trong trường "file" của biểu mẫu (multipart/form-data).');
  const part = await request.file();
  if (!part) throw new AppError('BAD_FILE', 'Chưa chọn tệp để tải lên.');
  if (part.fieldname !== 'file') {
    part.file.resume(); // drain it, so the connection is not left waiting
    throw new AppError('BAD_FILE', 'Hãy gửi tệp trong trường "file" của biểu mẫu.');
  }
  // toBuffer() throws FST_REQ_FILE_TOO_LARGE (413) when the stream was cut at the limit.
  const content = await part.toBuffer();
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1048576)} MB)`);
  return { fileName: part.filename ?? '', content };
}

function sendFile(reply: FastifyReply, file: ExportedFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file))
    .header('cache-control', 'no-store')
    .send(file.body);
}

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
