/** /api/units: browse, search, edit and reshape the hierarchy. Thin: parse, call the service, answer. */
import { z } from 'zod';
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import {
  closeUnitBody,
  createUnitBody,
  mergeUnitsBody,
  moveUnitBody,
  unitAncestorsQuery,
  unitDetail,
  unitKind,
  unitLevel,
  unitListQuery,
  unitRef,
  unitSearchQuery,
  unitSearchResult,
  unitSummary,
  updateUnitBody,
} from '../../../common/contracts/units.ts';
import { errorResponses, idParams } from '../../../common/contracts/shared.ts';
import { todayInVietnam } from '../../../common/text/format.ts';
import * as units from './units.service.ts';
import { unitImportRoutes } from './import/units-import.routes.ts';


export async function unitRoutes(app: App) {
  const tags = ['units'];

  app.get('/api/unit-kinds', { schema: { tags, summary: 'Cấp và loại hình đơn vị', response: { 200: z.object({ levels: z.array(unitLevel), kinds: z.array(unitKind) }), ...errorResponses } } }, async (request) => {
    requireActor(request);
    return units.listLevelsAndKinds(app.database);
  });

  app.get('/api/units/roots', { schema: { tags, summary: 'Đơn vị gốc của người dùng', response: { 200: z.array(unitSummary), ...errorResponses } } }, async (request) =>
    units.listRoots(app.database, requireActor(request)),
  );

  app.get('/api/units/search', { schema: { tags, summary: 'Tìm đơn vị (không phân biệt dấu)', querystring: unitSearchQuery, response: { 200: unitSearchResult, ...errorResponses } } }, async (request) =>
    units.searchUnits(app.database, requireActor(request), request.query.q, request.query.includeClosed, request.query.limit),
  );

  app.get('/api/units/:id', { schema: { tags, summary: 'Thông tin đơn vị', params: idParams, response: { 200: unitDetail, ...errorResponses } } }, async (request) =>
    units.getUnitDetail(app.database, requireActor(request), request.params.id),
  );

  app.get(
    '/api/units/:id/children',
    { schema: { tags, summary: 'Đơn vị trực thuộc', params: idParams, querystring: unitListQuery, response: { 200: z.array(unitSummary), ...errorResponses } } },
    async (request) => units.listChildren(app.database, requireActor(request), request.params.id, request.query.includeClosed),
  );

  app.get(
    '/api/units/:id/ancestors',
    { schema: { tags, summary: 'Các cấp trên của đơn vị tại một ngày', params: idParams, querystring: unitAncestorsQuery, response: { 200: z.array(unitRef), ...errorResponses } } },
    async (request) => units.getAncestorsAsOf(app.database, requireActor(request), request.params.id, request.query.asOf ?? todayInVietnam()),
  );

  app.post('/api/units', { schema: { tags, summary: 'Thêm đơn vị trực thuộc', body: createUnitBody, response: { 201: unitDetail, ...errorResponses } } }, async (request, reply) => {
    const detail = await units.createUnit(app.database, requireActor(request), request.body);
    return reply.code(201).send(detail);
  });

  app.patch('/api/units/:id', { schema: { tags, summary: 'Sửa thông tin đơn vị', params: idParams, body: updateUnitBody, response: { 200: unitDetail, ...errorResponses } } }, async (request) =>
    units.updateUnit(app.database, requireActor(request), request.params.id, request.body),
  );

  app.post('/api/units/:id/move', { schema: { tags, summary: 'Chuyển đơn vị sang đơn vị cấp trên khác', params: idParams, body: moveUnitBody, response: { 200: unitDetail, ...errorResponses } } }, async (request) =>
    units.moveUnit(app.database, requireActor(request), request.params.id, request.body.newParentId, request.body.effectiveDate),
  );

  app.post('/api/units/:id/close', { schema: { tags, summary: 'Giải thể / ngừng hoạt động đơn vị', params: idParams, body: closeUnitBody, response: { 200: unitDetail, ...errorResponses } } }, async (request) =>
    units.closeUnit(app.database, requireActor(request), request.params.id, request.body),
  );

  app.post('/api/units/merge', { schema: { tags, summary: 'Sáp nhập đơn vị', body: mergeUnitsBody, response: { 200: unitDetail, ...errorResponses } } }, async (request) =>
    units.mergeUnits(app.database, requireActor(request), request.body.sourceIds, request.body.targetId, request.body.effectiveDate),
  );

  await app.register(unitImportRoutes);
}
