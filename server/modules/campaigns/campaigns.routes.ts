/**
 * /api/campaigns, /api/reports, /api/my-reports and the data API /api/data/…: report
 * campaigns, the reports units answer them with, reviews, boards and rollups. Thin: parse,
 * call one service function, answer.
 */
import { z } from 'zod';
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import {
  boardQuery,
  campaignDetail,
  campaignSummary,
  campaignUnitParams,
  createCampaignBody,
  dataUnitValues,
  dataValuesBody,
  exemptBody,
  extendBody,
  myReport,
  reportDetail,
  reportMatrix,
  returnReportBody,
  reviewReportBody,
  saveReportBody,
  statusBoard,
  submitReportBody,
  unitRollup,
} from '../../../common/contracts/campaigns.ts';
import { errorResponses, idParams, idSchema, okBody } from '../../../common/contracts/shared.ts';
import * as campaigns from './campaigns.service.ts';
import * as reports from './reports.service.ts';

export async function campaignRoutes(app: App) {
  const tags = ['campaigns'];
  const db = () => app.database;

  app.get('/api/campaigns', { schema: { tags, summary: 'Các đợt báo cáo liên quan đến đơn vị (kèm tiến độ nộp)', response: { 200: z.array(campaignSummary), ...errorResponses } } }, async (request) =>
    campaigns.listCampaigns(db(), requireActor(request)),
  );

  app.post('/api/campaigns', { schema: { tags, summary: 'Ban hành đợt báo cáo cho các đơn vị trực thuộc', body: createCampaignBody, response: { 201: campaignDetail, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await campaigns.createCampaign(db(), requireActor(request), request.body)),
  );

  app.get('/api/campaigns/:id', { schema: { tags, summary: 'Một đợt báo cáo', params: idParams, response: { 200: campaignDetail, ...errorResponses } } }, async (request) =>
    campaigns.getCampaign(db(), requireActor(request), request.params.id),
  );

  app.get(
    '/api/campaigns/:id/board',
    { schema: { tags, summary: 'Bảng theo dõi tình hình nộp báo cáo của các đơn vị trực thuộc', params: idParams, querystring: boardQuery, response: { 200: statusBoard, ...errorResponses } } },
    async (request) => campaigns.getStatusBoard(db(), requireActor(request), request.params.id, request.query.unitId),
  );

  app.get(
    '/api/campaigns/:id/rollup',
    { schema: { tags, summary: 'Số liệu tổng hợp của một đơn vị và các đơn vị trực thuộc', params: idParams, querystring: boardQuery, response: { 200: unitRollup, ...errorResponses } } },
    async (request) => campaigns.getUnitRollup(db(), requireActor(request), request.params.id, request.query.unitId),
  );

  app.post('/api/campaigns/:id/exemptions', { schema: { tags, summary: 'Miễn nộp báo cáo cho một đơn vị', params: idParams, body: exemptBody, response: { 200: okBody, ...errorResponses } } }, async (request) => {
    await campaigns.exemptUnit(db(), requireActor(request), request.params.id, request.body.unitId, request.body.reason);
    return { ok: true as const };
  });

  app.delete(
    '/api/campaigns/:id/exemptions/:unitId',
    { schema: { tags, summary: 'Bỏ miễn nộp báo cáo', params: z.object({ id: idSchema, unitId: idSchema }), response: { 200: okBody, ...errorResponses } } },
    async (request) => {
      await campaigns.liftExemption(db(), requireActor(request), request.params.id, request.params.unitId);
      return { ok: true as const };
    },
  );

  app.post('/api/campaigns/:id/extensions', { schema: { tags, summary: 'Gia hạn nộp báo cáo cho một đơn vị', params: idParams, body: extendBody, response: { 200: okBody, ...errorResponses } } }, async (request) => {
    await campaigns.extendDeadline(db(), requireActor(request), request.params.id, request.body.unitId, request.body.deadline, request.body.reason);
    return { ok: true as const };
  });

  app.get('/api/units/:id/report-matrix', { schema: { tags, summary: 'Đơn vị trực thuộc × các đợt báo cáo gần nhất, theo trạng thái', params: idParams, response: { 200: reportMatrix, ...errorResponses } } }, async (request) =>
    campaigns.getReportMatrix(db(), requireActor(request), request.params.id),
  );

  const reportTags = ['reports'];

  app.get('/api/my-reports', { schema: { tags: reportTags, summary: 'Báo cáo của đơn vị tôi, việc gấp nhất trước', response: { 200: z.array(myReport), ...errorResponses } } }, async (request) =>
    reports.listMyReports(db(), requireActor(request)),
  );

  app.get('/api/reports/:id', { schema: { tags: reportTags, summary: 'Một báo cáo: mẫu, số liệu, trạng thái, quyền', params: idParams, response: { 200: reportDetail, ...errorResponses } } }, async (request) =>
    reports.getReport(db(), requireActor(request), request.params.id),
  );

  app.put(
    '/api/reports/:id',
    { schema: { tags: reportTags, summary: 'Lưu nháp báo cáo (409 REPORT_CONFLICT nếu người khác đã lưu sau phiên bản bạn gửi)', params: idParams, body: saveReportBody, response: { 200: reportDetail, ...errorResponses } } },
    async (request) => reports.saveReport(db(), requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/reports/:id/submit',
    { schema: { tags: reportTags, summary: 'Nộp báo cáo (nộp lại khi đã nộp: không đổi gì)', params: idParams, body: submitReportBody, response: { 200: reportDetail, ...errorResponses } } },
    async (request) => reports.submitReport(db(), requireActor(request), request.params.id, request.body),
  );

  app.post('/api/reports/:id/approve', { schema: { tags: reportTags, summary: 'Duyệt báo cáo (khóa báo cáo)', params: idParams, body: reviewReportBody, response: { 200: reportDetail, ...errorResponses } } }, async (request) =>
    reports.approveReport(db(), requireActor(request), request.params.id, request.body),
  );

  app.post('/api/reports/:id/return', { schema: { tags: reportTags, summary: 'Trả lại báo cáo kèm ý kiến', params: idParams, body: returnReportBody, response: { 200: reportDetail, ...errorResponses } } }, async (request) =>
    reports.returnReport(db(), requireActor(request), request.params.id, request.body),
  );

  app.post('/api/reports/:id/reopen', { schema: { tags: reportTags, summary: 'Mở lại báo cáo đã khóa', params: idParams, body: reviewReportBody, response: { 200: reportDetail, ...errorResponses } } }, async (request) =>
    reports.reopenReport(db(), requireActor(request), request.params.id, request.body),
  );

  const dataTags = ['data'];

  app.get(
    '/api/data/campaigns/:id/units/:unitCode',
    { schema: { tags: dataTags, summary: 'Đọc số liệu của một đơn vị và số liệu tổng hợp của đơn vị đó (kể cả cấp dưới)', params: campaignUnitParams, response: { 200: dataUnitValues, ...errorResponses } } },
    async (request) => reports.readUnitData(db(), requireActor(request), request.params.id, request.params.unitCode),
  );

  app.put(
    '/api/data/campaigns/:id/units/:unitCode',
    {
      schema: {
        tags: dataTags,
        summary: 'Ghi số liệu của một đơn vị (ghi lại cùng nội dung không đổi gì; submit: true để nộp luôn)',
        params: campaignUnitParams,
        body: dataValuesBody,
        response: { 200: dataUnitValues, ...errorResponses },
      },
    },
    async (request) => reports.writeUnitData(db(), requireActor(request), request.params.id, request.params.unitCode, request.body),
  );
}
