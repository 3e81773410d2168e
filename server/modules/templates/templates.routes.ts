/** /api/templates and /api/template-versions: report templates, their versions, JSON export and import. Thin. */
import { z } from 'zod';
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import {
  createTemplateBody,
  templateDefinitionBody,
  templateDetail,
  templateExchange,
  templateExport,
  templateImportResult,
  templateSummary,
  templateVersionDetail,
} from '../../../common/contracts/templates.ts';
import { errorResponses, idParams } from '../../../common/contracts/shared.ts';
import * as templates from './templates.service.ts';


export async function templateRoutes(app: App) {
  const tags = ['templates'];

  app.get('/api/templates', { schema: { tags, summary: 'Danh sách mẫu báo cáo (kèm phiên bản ban hành mới nhất)', response: { 200: z.array(templateSummary), ...errorResponses } } }, async (request) =>
    templates.listTemplates(app.database, requireActor(request)),
  );

  app.get('/api/templates/:id', { schema: { tags, summary: 'Mẫu báo cáo và các phiên bản', params: idParams, response: { 200: templateDetail, ...errorResponses } } }, async (request) =>
    templates.getTemplate(app.database, requireActor(request), request.params.id),
  );

  app.post('/api/templates', { schema: { tags, summary: 'Tạo mẫu báo cáo (kèm bản nháp phiên bản 1)', body: createTemplateBody, response: { 201: templateDetail, ...errorResponses } } }, async (request, reply) => {
    const detail = await templates.createTemplate(app.database, requireActor(request), request.body);
    return reply.code(201).send(detail);
  });

  app.post(
    '/api/templates/:id/versions',
    { schema: { tags, summary: 'Tạo phiên bản nháp mới của mẫu báo cáo', params: idParams, body: templateDefinitionBody, response: { 201: templateVersionDetail, ...errorResponses } } },
    async (request, reply) => {
      const version = await templates.createDraftVersion(app.database, requireActor(request), request.params.id, request.body.definition);
      return reply.code(201).send(version);
    },
  );

  app.post('/api/templates/import', { schema: { tags, summary: 'Nhập mẫu báo cáo từ tệp JSON', body: templateExchange, response: { 201: templateImportResult, ...errorResponses } } }, async (request, reply) => {
    const result = await templates.importTemplate(app.database, requireActor(request), request.body);
    return reply.code(201).send(result);
  });

  app.get('/api/template-versions/:id', { schema: { tags, summary: 'Nội dung một phiên bản mẫu báo cáo', params: idParams, response: { 200: templateVersionDetail, ...errorResponses } } }, async (request) =>
    templates.getTemplateVersion(app.database, requireActor(request), request.params.id),
  );

  app.put(
    '/api/template-versions/:id',
    { schema: { tags, summary: 'Sửa bản nháp (phiên bản đã ban hành không sửa được)', params: idParams, body: templateDefinitionBody, response: { 200: templateVersionDetail, ...errorResponses } } },
    async (request) => templates.updateDraftVersion(app.database, requireActor(request), request.params.id, request.body.definition),
  );

  app.post('/api/template-versions/:id/publish', { schema: { tags, summary: 'Ban hành phiên bản', params: idParams, response: { 200: templateVersionDetail, ...errorResponses } } }, async (request) =>
    templates.publishVersion(app.database, requireActor(request), request.params.id),
  );

  app.get('/api/template-versions/:id/export', { schema: { tags, summary: 'Xuất phiên bản mẫu báo cáo ra tệp JSON', params: idParams, response: { 200: templateExport, ...errorResponses } } }, async (request, reply) => {
    const { fileName, body } = await templates.exportTemplateVersion(app.database, requireActor(request), request.params.id);
    return reply.header('content-disposition', `attachment; filename="${fileName}"`).send(body);
  });
}
