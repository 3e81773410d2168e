/**
 * /api/plans…, /api/plan-requests…, /api/legal-documents: plans and letters, their
 * import from Word or text, their .docx, the requests for plans and the legal library.
 * Thin: parse, call one service function, answer.
 */
import { z } from 'zod';
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import { readUpload, sendFile, asciiSlug } from '../../lib/files/file-transfer.ts';
import {
  createPlanBody,
  createPlanRequestBody,
  derivePlanBody,
  issuePlanBody,
  legalDocumentList,
  legalDocumentQuery,
  planDeadlineCampaignBody,
  planDetail,
  planConflictErrorBody,
  planImportPreview,
  planImportTextBody,
  planLinkBody,
  planList,
  planListQuery,
  planRequestDetail,
  planRequestList,
  updatePlanBody,
} from '../../../common/contracts/plans.ts';
import { errorBody, errorResponses, idParams, okBody } from '../../../common/contracts/shared.ts';
import { toSearchKey } from '../../../common/text/vietnamese.ts';
import * as plans from './plans.service.ts';
import * as requests from './plan-requests.service.ts';
import { previewPlanFile, previewPlanText } from './plan-import.service.ts';
import { exportPlanDocx } from './plan-documents.service.ts';
import { searchLegalLibrary } from './legal-library.ts';
import { PLAN_FILE_LIMITS } from './import/plan-file.read.ts';

const uploadBody = z.object({ file: z.string().describe('Tệp .docx hoặc .txt của kế hoạch') }).nullish();
const scanBody = z.object({ file: z.string().describe('Bản ký, đóng dấu (PDF)') }).nullish();

export async function planRoutes(app: App): Promise<void> {
  const tags = ['plans'];
  const db = () => app.database;

  app.get(
    '/api/plans',
    { schema: { tags, summary: 'Kế hoạch và công văn của một đơn vị (hoặc cả các đơn vị trực thuộc); kế hoạch đã ban hành của đơn vị cấp trên', querystring: planListQuery, response: { 200: planList, ...errorResponses } } },
    async (request) => plans.listPlans(db(), requireActor(request), request.query),
  );

  app.get(
    '/api/plans/:id',
    { schema: { tags, summary: 'Một kế hoạch: nội dung có cấu trúc, các phiên bản, việc người xem được làm', params: idParams, response: { 200: planDetail, ...errorResponses } } },
    async (request) => plans.getPlan(db(), requireActor(request), request.params.id),
  );

  app.post(
    '/api/plans',
    { schema: { tags, summary: 'Tạo dự thảo kế hoạch của đơn vị mình (soạn mới, hoặc sau khi xem lại bản nhập từ tệp)', body: createPlanBody, response: { 201: planDetail, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await plans.createPlan(db(), requireActor(request), request.body)),
  );

  app.post(
    '/api/plans/derive',
    { schema: { tags, summary: 'Lập dự thảo kế hoạch từ kế hoạch đã ban hành của đơn vị cấp trên', body: derivePlanBody, response: { 201: planDetail, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await plans.derivePlan(db(), requireActor(request), request.body)),
  );

  app.put(
    '/api/plans/:id',
    { schema: { tags, summary: 'Lưu dự thảo (409 PLAN_CONFLICT khi người khác vừa lưu: ai lưu, lúc nào, phiên bản hiện có)', params: idParams, body: updatePlanBody, response: { 200: planDetail, ...errorResponses, 409: planConflictErrorBody } } },
    async (request) => plans.updatePlan(db(), requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/plans/:id',
    { schema: { tags, summary: 'Xóa một dự thảo', params: idParams, response: { 200: okBody, ...errorResponses } } },
    async (request) => plans.deletePlan(db(), requireActor(request), request.params.id),
  );

  app.post(
    '/api/plans/:id/issue',
    { schema: { tags, summary: 'Ban hành kế hoạch (trưởng ban): số, ngày ban hành; từ đó chỉ đọc (409 PLAN_CONFLICT khi người khác vừa lưu dự thảo)', params: idParams, body: issuePlanBody, response: { 200: planDetail, ...errorResponses, 409: planConflictErrorBody } } },
    async (request) => plans.issuePlan(db(), requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/plans/:id/amend',
    { schema: { tags, summary: 'Sửa đổi kế hoạch đã ban hành: tạo phiên bản mới (dự thảo)', params: idParams, response: { 201: planDetail, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await plans.amendPlan(db(), requireActor(request), request.params.id)),
  );

  app.put(
    '/api/plans/:id/link',
    { schema: { tags, summary: 'Đường link công bố kế hoạch trên trang thông tin điện tử của đơn vị', params: idParams, body: planLinkBody, response: { 200: planDetail, ...errorResponses } } },
    async (request) => plans.setPlanLink(db(), requireActor(request), request.params.id, request.body.linkUrl),
  );

  app.post(
    '/api/plans/:id/scan',
    { schema: { tags, summary: 'Tải lên bản ký, đóng dấu (PDF, tối đa 20 MB, trường "file")', consumes: ['multipart/form-data'], params: idParams, body: scanBody, response: { 200: planDetail, ...errorResponses, 413: errorBody } } },
    async (request) => plans.uploadPlanScan(db(), requireActor(request), request.params.id, await readUpload(request, plans.SCAN_LIMIT_BYTES)),
  );

  app.get(
    '/api/plans/:id/scan',
    { schema: { tags, summary: 'Bản ký, đóng dấu (PDF)', params: idParams } },
    async (request, reply) => {
      const scan = await plans.getPlanScan(db(), requireActor(request), request.params.id);
      return sendFile(reply, { fileName: scan.fileName, asciiFileName: `${asciiSlug(scan.fileName.replace(/\.pdf$/i, '')) || 'ban-ky'}.pdf`, contentType: 'application/pdf', body: scan.bytes });
    },
  );

  app.get(
    '/api/plans/:id/docx',
    { schema: { tags, summary: 'Văn bản .docx theo thể thức Nghị định 30/2020/NĐ-CP', params: idParams } },
    async (request, reply) => sendFile(reply, await exportPlanDocx(db(), requireActor(request), request.params.id)),
  );

  app.post(
    '/api/plans/import',
    {
      schema: {
        tags,
        summary: 'Đọc kế hoạch từ tệp Word (.docx) hoặc văn bản (.txt) để xem lại; chưa lưu gì',
        consumes: ['multipart/form-data'],
        body: uploadBody,
        response: { 200: planImportPreview, ...errorResponses, 413: errorBody },
      },
    },
    async (request) => {
      requireActor(request);
      return previewPlanFile(await readUpload(request, PLAN_FILE_LIMITS.maxBytes));
    },
  );

  app.post(
    '/api/plans/import-text',
    { schema: { tags, summary: 'Đọc kế hoạch từ văn bản dán vào để xem lại; chưa lưu gì', body: planImportTextBody, response: { 200: planImportPreview, ...errorResponses } } },
    async (request) => {
      requireActor(request);
      return previewPlanText(request.body.text);
    },
  );

  app.post(
    '/api/plans/:id/campaign',
    { schema: { tags, summary: 'Tạo đợt báo cáo từ một hạn báo cáo của kế hoạch đã ban hành', params: idParams, body: planDeadlineCampaignBody, response: { 201: z.object({ campaignId: z.number().int() }), ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await plans.createCampaignFromDeadline(db(), requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/api/legal-documents',
    { schema: { tags, summary: 'Thư viện văn bản pháp lý: mọi văn bản được các kế hoạch trích dẫn (tìm không dấu)', querystring: legalDocumentQuery, response: { 200: legalDocumentList, ...errorResponses } } },
    async (request) => {
      requireActor(request);
      return searchLegalLibrary(db().db, request.query.q ? toSearchKey(request.query.q) : null, request.query.limit);
    },
  );

  app.get(
    '/api/plan-requests',
    { schema: { tags, summary: 'Yêu cầu xây dựng kế hoạch đơn vị đã gửi và đã nhận', querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }), response: { 200: planRequestList, ...errorResponses } } },
    async (request) => requests.listPlanRequests(db(), requireActor(request), request.query.unitId),
  );

  app.post(
    '/api/plan-requests',
    { schema: { tags, summary: 'Yêu cầu các đơn vị trực thuộc xây dựng và gửi kế hoạch trước một hạn', body: createPlanRequestBody, response: { 201: planRequestDetail, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await requests.createPlanRequest(db(), requireActor(request), request.body)),
  );

  app.get(
    '/api/plan-requests/:id',
    { schema: { tags, summary: 'Một yêu cầu: từng đơn vị đã ban hành kế hoạch chưa, số, ngày, đường link, bản ký', params: idParams, response: { 200: planRequestDetail, ...errorResponses } } },
    async (request) => requests.getPlanRequest(db(), requireActor(request), request.params.id),
  );
}

