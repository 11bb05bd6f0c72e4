import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { ApiProblem, problemResponse } from '../../lib/error-response.ts';

/**
 * The built web app: hashed assets cached for good, every other path answered with index.html (client routing).
 * The build writes Brotli and gzip copies beside the files; the one the browser accepts is sent.
 */
export function webAppRoutes(distDir: string) {
  const app = new Hono();
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`The web app is not built (${indexPath} is missing): run pnpm --filter @composer/web build.`);
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  const notFound = (c: Context) => problemResponse(c, new ApiProblem(404, { code: 'not_found', detail: 'Not found.' }));
  // Source maps stay on disk for whoever runs the server; they are never served.
  app.use('*', async function noSourceMaps(c, next) {
    if (c.req.path.endsWith('.map')) return notFound(c);
    await next();
  });
  // Set before the file is sent: serveStatic's onFound runs once the response is built, too late for a header.
  app.use('/assets/*', async function cachedForGood(c, next) {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    await next();
  });
  app.use('/assets/*', serveStatic({ root: distDir, precompressed: true }));
  // A chunk of another build (a tab opened before a deploy) is missing, not the app's page.
  app.get('/assets/*', (c) => {
    c.header('Cache-Control', 'no-store');
    return notFound(c);
  });
  app.get('*', serveStatic({ root: distDir, precompressed: true }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
