/** /api/audit: who changed what, where and when. */
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import { auditPage, auditQuery } from '../../../common/contracts/audit.ts';
import { errorBody } from '../../../common/contracts/shared.ts';
import { listAuditEntries } from './audit.service.ts';

export async function auditRoutes(app: App) {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], summary: 'Nhật ký thay đổi', querystring: auditQuery, response: { 200: auditPage, 401: errorBody, 403: errorBody, 404: errorBody } } },
    async (request) => listAuditEntries(app.database, requireActor(request), request.query),
  );
}
