import { Hono } from 'hono';
import type { BffConfig } from './bff-config.ts';
import { healthRoutes } from './health/health.routes.ts';
import { webAppRoutes } from './static/web-app.routes.ts';

export function createBffApp(config: BffConfig) {
  const app = new Hono();
  app.route('/', healthRoutes(config));
  app.route('/', webAppRoutes(config.webDistDir));
  return app;
}
