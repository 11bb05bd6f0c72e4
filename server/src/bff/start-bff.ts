import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientErrorsInEnvelope } from '../lib/answer-client-errors.ts';
import { serve } from '@hono/node-server';
import { createBffApp } from './bff-app.ts';
import type { BffConfig } from './bff-config.ts';

export interface RunningBff {
  url: string;
  close: () => Promise<void>;
}

/**
 * A client that trickles its headers or body cannot hold a connection for long, and connections are
 * capped, so stalled requests cannot pile up memory or sockets.
 */
export const serverLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 300_000, maxConnections: 2_000 };

function limitSlowClients(server: Server): void {
  server.headersTimeout = serverLimits.headersTimeoutMs;
  server.requestTimeout = serverLimits.requestTimeoutMs;
  server.maxConnections = serverLimits.maxConnections;
}

export async function startBff(config: BffConfig): Promise<RunningBff> {
  const { app, close } = createBffApp(config);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(listening));
  });
  answerClientErrorsInEnvelope(server as unknown as Server);
  limitSlowClients(server as unknown as Server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          close();
          resolve();
        });
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
