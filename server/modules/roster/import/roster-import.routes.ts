/**
 * /api/roster/import…: preview a roster file (multipart: the file, and the fields of
 * rosterImportOptions in any order), apply a preview. Thin: read the request, call one
 * service function, answer.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../../lib/http.ts';
import { requireActor } from '../../../lib/http.ts';
import { AppError } from '../../../lib/errors.ts';
import { errorBody } from '../../../../common/contracts/shared.ts';
import { rosterImportApplyBody, rosterImportOptions, rosterImportPreview, rosterImportResult } from '../../../../common/contracts/roster.ts';
import { applyRosterImport, parseMappingField, previewRosterImport } from './roster-import.service.ts';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const uploadBody = z
  .object({
    file: z.string().describe('Tệp .xlsx danh sách cán bộ, giáo viên, nhân viên'),
    asOf: z.string().optional().describe('Ngày danh sách có hiệu lực (YYYY-MM-DD), mặc định hôm nay'),
    mapping: z.string().optional().describe('JSON { "số thứ tự cột (từ 0)": "trường" | null }'),
  })
  .nullish();

/** The one file and the text fields of a multipart request, whichever comes first; 413 past the size limit. */
async function readRosterUpload(request: FastifyRequest): Promise<{ fileName: string; content: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('BAD_FILE', 'Hãy gửi tệp trong trường "file" của biểu mẫu (multipart/form-data).');
  const fields: Record<string, string> = {};
  let file: { fileName: string; content: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (part.fieldname !== 'file' || file) {
      part.file.resume();
      continue;
    }
    const content = await part.toBuffer();
    if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', 'Tệp quá lớn');
    file = { fileName: part.filename ?? '', content };
  }
  if (!file) throw new AppError('BAD_FILE', 'Chưa chọn tệp để tải lên (trường "file").');
  return { ...file, fields };
}

export async function rosterImportRoutes(app: App): Promise<void> {
  const tags = ['roster'];

  app.post(
    '/api/roster/import/preview',
    {
      schema: {
        tags,
        summary: 'Xem trước tệp danh sách cán bộ, giáo viên, nhân viên của đơn vị mình (.xlsx, trường "file")',
        consumes: ['multipart/form-data'],
        // Documents the upload; the parts are read from the multipart stream, the fields checked below.
        body: uploadBody,
        response: { 200: rosterImportPreview, ...errors, 413: errorBody },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const upload = await readRosterUpload(request);
      const options = rosterImportOptions.safeParse(upload.fields);
      if (!options.success) throw new AppError('VALIDATION', 'Tham số không hợp lệ', options.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
      return previewRosterImport(app.database, actor, {
        fileName: upload.fileName,
        content: upload.content,
        asOf: options.data.asOf,
        unitId: options.data.unitId,
        mapping: parseMappingField(options.data.mapping),
      });
    },
  );

  app.post(
    '/api/roster/import/apply',
    { schema: { tags, summary: 'Áp dụng bản xem trước: nhập toàn bộ hoặc không nhập gì', body: rosterImportApplyBody, response: { 200: rosterImportResult, ...errors, 422: errorBody } } },
    async (request) => applyRosterImport(app.database, requireActor(request), request.body.previewId),
  );
}
