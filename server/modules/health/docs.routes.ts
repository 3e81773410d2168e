/** /api/openapi.json (generated from the zod contract) and a browsable page at /api/docs. */
import type { App } from '../../lib/http.ts';

export async function docsRoutes(app: App) {
  app.get('/api/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger());
  const { default: apiReference } = await import('@scalar/fastify-api-reference');
  await app.register(apiReference as never, {
    routePrefix: '/api/docs',
    configuration: { url: '/api/openapi.json', title: 'BinhDang API' },
  });
}
