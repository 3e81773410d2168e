/** /api/openapi.json (generated from the zod contract) and a browsable page at /api/docs. */
import type { App } from '../../lib/http.ts';

// The reference page boots with one inline script; only its pages get 'unsafe-inline'.
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

export async function docsRoutes(app: App) {
  app.get('/api/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger());
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_CSP);
  });
  const { default: apiReference } = await import('@scalar/fastify-api-reference');
  await app.register(apiReference as never, {
    routePrefix: '/api/docs',
    configuration: { url: '/api/openapi.json', title: 'BinhDang API', withDefaultFonts: false, hideClientButton: true, showToolbar: 'never', agent: { disabled: true }, mcp: { disabled: true }, showDeveloperTools: 'never' },
  });
}
