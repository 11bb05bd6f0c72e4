import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type ConfigurationError } from '../lib/parse-env.ts';
import { loadBffConfig } from './bff-config.ts';

function startWith(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./bff-main.ts', import.meta.url))], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('app server configuration', () => {
  it('stops at start-up with a readable list of every bad variable', async () => {
    const { code, stderr } = await startWith({ QONTO_ENV: 'sandbox', PORT: 'eighty', QONTO_API_KEY: 'no-colon' });
    assert.equal(code, 1);
    assert.match(stderr, /The app server cannot start: fix these environment variables/);
    assert.match(stderr, /- PORT: /);
    assert.match(stderr, /- QONTO_API_KEY: must be "<organization-login>:<secret-key>"/);
    assert.match(stderr, /- SESSION_SECRET: required with QONTO_ENV=sandbox/);
    assert.match(stderr, /- QONTO_STAGING_TOKEN: required with QONTO_ENV=sandbox/);
  });

  it('requires the whole OAuth client outside local, strong session secrets, and no staging token in production', () => {
    const error = (env: Record<string, string>) => {
      try {
        loadBffConfig(env);
      } catch (caught) {
        return (caught as ConfigurationError).problems.join('\n');
      }
      return '';
    };
    assert.match(
      error({ QONTO_ENV: 'production', QONTO_CLIENT_ID: 'id', SESSION_SECRET: 'x'.repeat(32) }),
      /QONTO_CLIENT_SECRET: required/,
    );
    assert.match(
      error({ QONTO_ENV: 'production', QONTO_API_KEY: 'a:b', SESSION_SECRET: 'short' }),
      /SESSION_SECRET: each comma-separated secret needs at least 32/,
    );
    assert.match(
      error({ QONTO_ENV: 'production', QONTO_API_KEY: 'a:b', SESSION_SECRET: 'x'.repeat(32), QONTO_STAGING_TOKEN: 't' }),
      /production rejects the staging token/,
    );
    assert.match(error({ QONTO_API_KEY: 'a:b', QONTO_CLIENT_ID: 'id' }), /either the OAuth client/);
  });

  it('defaults to the local emulator with the demo OAuth client and plain-http cookies', () => {
    const config = loadBffConfig({});
    assert.equal(config.environment, 'local');
    assert.equal(config.hosts.api, 'http://127.0.0.1:4010');
    assert.deepEqual(config.auth, {
      kind: 'oauth',
      clientId: 'invoice-composer-local',
      clientSecret: 'local-demo-client-secret',
      redirectUri: 'http://127.0.0.1:3000/auth/callback',
      flow: 'membership',
    });
    assert.equal(config.secureCookies, false);
    const production = loadBffConfig({
      QONTO_ENV: 'production',
      QONTO_CLIENT_ID: 'id',
      QONTO_CLIENT_SECRET: 's',
      QONTO_REDIRECT_URI: 'https://app.example/auth/callback',
      SESSION_SECRET: 'x'.repeat(40),
      APP_ORIGIN: 'https://app.example',
    });
    assert.equal(production.secureCookies, true);
    assert.equal(production.hosts.token, 'https://oauth.qonto.com/oauth2/token');
  });

  it('in API-key mode listens on 127.0.0.1 unless told otherwise, and says so', () => {
    const config = loadBffConfig({ QONTO_API_KEY: 'demo-organization:demo-secret-key' });
    assert.equal(config.host, '127.0.0.1');
    assert.match(config.warnings.join('\n'), /API-key mode: .* listens on 127\.0\.0\.1 \(set HOST to change it\)/);
  });
});
