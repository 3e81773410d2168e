/**
 * /api/roster…: a unit's staff roster (personal data: the unit's own reporters only) and
 * the figures computed from it (aggregates: any subtree). Thin: parse, call one service
 * function, answer.
 */
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import {
  createRosterPersonBody,
  endRosterPersonBody,
  rosterList,
  rosterListQuery,
  rosterPersonDetail,
  rosterPersonExport,
  rosterStatistics,
  rosterStatisticsQuery,
  updateRosterPersonBody,
} from '../../../common/contracts/roster.ts';
import { errorResponses, idParams, okBody } from '../../../common/contracts/shared.ts';
import * as roster from './roster.service.ts';

export async function rosterRoutes(app: App): Promise<void> {
  const tags = ['roster'];
  const db = () => app.database;
  // Personal data: never kept by a browser's or a proxy's cache.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/roster',
    { schema: { tags, summary: 'Danh sách cán bộ, giáo viên, nhân viên của chính đơn vị (dữ liệu cá nhân; mỗi lần xem được ghi nhật ký)', querystring: rosterListQuery, response: { 200: rosterList, ...errorResponses } } },
    async (request) => roster.listRoster(db(), requireActor(request), request.query),
  );

  app.get(
    '/api/roster/statistics',
    { schema: { tags, summary: 'Số liệu tính từ danh sách cán bộ của đơn vị và các đơn vị trực thuộc, tại một ngày (chỉ số liệu tổng hợp)', querystring: rosterStatisticsQuery, response: { 200: rosterStatistics, ...errorResponses } } },
    async (request) => roster.rosterStatistics(db(), requireActor(request), request.query),
  );

  app.post(
    '/api/roster/people',
    { schema: { tags, summary: 'Thêm một người vào danh sách của đơn vị', body: createRosterPersonBody, response: { 201: rosterPersonDetail, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await roster.createRosterPerson(db(), requireActor(request), request.body)),
  );

  app.get(
    '/api/roster/people/:id',
    { schema: { tags, summary: 'Một người trong danh sách, với lịch sử thay đổi (được ghi nhật ký)', params: idParams, response: { 200: rosterPersonDetail, ...errorResponses } } },
    async (request) => roster.getRosterPerson(db(), requireActor(request), request.params.id),
  );

  app.put(
    '/api/roster/people/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin một người: họ tên, ngày sinh, dân tộc được sửa tại chỗ; thông tin công tác thay đổi từ ngày áp dụng',
        params: idParams,
        body: updateRosterPersonBody,
        response: { 200: rosterPersonDetail, ...errorResponses },
      },
    },
    async (request) => roster.updateRosterPerson(db(), requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/roster/people/:id/end',
    { schema: { tags, summary: 'Ghi nhận một người thôi làm việc tại đơn vị (nghỉ hưu, chuyển công tác…)', params: idParams, body: endRosterPersonBody, response: { 200: rosterPersonDetail, ...errorResponses } } },
    async (request) => roster.endRosterPerson(db(), requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/roster/people/:id/export',
    { schema: { tags, summary: 'Xuất toàn bộ dữ liệu về một người (yêu cầu của chủ thể dữ liệu; được ghi nhật ký)', params: idParams, response: { 200: rosterPersonExport, ...errorResponses } } },
    async (request, reply) => {
      const exported = await roster.exportRosterPerson(db(), requireActor(request), request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${request.params.id}.json"`)
        .send(exported);
    },
  );

  app.delete(
    '/api/roster/people/:id',
    { schema: { tags, summary: 'Xóa dữ liệu cá nhân của một người (số liệu các kỳ trước được giữ nguyên)', params: idParams, response: { 200: okBody, ...errorResponses } } },
    async (request) => {
      await roster.eraseRosterPerson(db(), requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
}
