import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientErrorsInEnvelope } from '../lib/answer-client-errors.ts';
import { createEmulatorApp } from './emulator-app.ts';
import type { EmulatorOptions } from './emulator-options.ts';
import type { EmulatorStore } from './emulator-store.ts';
import type { EmulatorOrganizations } from './organizations/emulator-organizations.ts';

export interface RunningEmulator {
  url: string;
  /** The primary organization's data. */
  store: EmulatorStore;
  organizations: EmulatorOrganizations;
  close: () => Promise<void>;
}

/**
 * Listens on host:port (port 0 picks a free one). When `publicUrl` is empty, it becomes the address
 * actually bound, so tests on random ports get working invoice and file links.
 */
export async function startEmulator(options: EmulatorOptions, port: number, host = '127.0.0.1'): Promise<RunningEmulator> {
  const resolved = { ...options };
  const { app, store, organizations } = createEmulatorApp(resolved);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(listening));
  });
  answerClientErrorsInEnvelope(server as unknown as Server);
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  if (resolved.publicUrl === '') resolved.publicUrl = url;
  return {
    url,
    store,
    organizations,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
