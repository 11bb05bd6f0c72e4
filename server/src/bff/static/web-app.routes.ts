import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** The built web app: hashed assets cached for good, every other path answered with index.html (client routing). */
export function webAppRoutes(distDir: string) {
  const app = new Hono();
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`The web app is not built (${indexPath} is missing): run pnpm --filter @composer/web build.`);
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  // Source maps stay on disk for whoever runs the server; they are never served.
  app.use('*', async function noSourceMaps(c, next) {
    if (c.req.path.endsWith('.map')) return c.json({ errors: [{ status: '404', code: 'not_found', detail: 'Not found.' }] }, 404);
    await next();
  });
  app.use(
    '/assets/*',
    serveStatic({ root: distDir, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }),
  );
  app.get('*', serveStatic({ root: distDir }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
