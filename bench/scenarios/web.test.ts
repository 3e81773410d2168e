import { describe, expect, it } from 'vitest';
import { criticalAssets } from './web.ts';

describe('the web scenario', () => {
  it('counts the entry script, the modules it preloads and the stylesheets of index.html', () => {
    const html = `<!doctype html><html lang="vi"><head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel='stylesheet' crossorigin href='/assets/index-123.css'>
      <link rel="preload" href="/assets/font.woff2" as="font">
      <script src="https://example.org/analytics.js" type="module"></script>
      <script>window.inline = true</script>
    </head><body><div id="root"></div></body></html>`;
    expect(criticalAssets(html)).toEqual([
      { file: '/assets/index-abc.js', kind: 'entry' },
      { file: '/assets/vendor-def.js', kind: 'modulepreload' },
      { file: '/assets/index-123.css', kind: 'stylesheet' },
    ]);
  });
});
