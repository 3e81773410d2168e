/** /api/health: is the server up and can it reach its database? For load balancers and `npm start`. */
import type { App } from '../../lib/http.ts';
import { healthBody } from '../../../common/contracts/health.ts';
import { VERSION } from '../../lib/version.ts';

export async function healthRoutes(app: App) {
  app.get('/api/health', { schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: healthBody, 503: healthBody } }, config: { rateLimit: false } }, async (_request, reply) => {
    const started = performance.now();
    let ok = true;
    try {
      await app.database.query('select 1');
    } catch {
      ok = false;
    }
    const body = {
      status: ok ? ('ok' as const) : ('degraded' as const),
      database: { driver: app.database.driver, ok, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
      version: VERSION,
    };
    return reply.code(ok ? 200 : 503).send(body);
  });
}
