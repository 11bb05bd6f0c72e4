export type QontoEnvironment = 'local' | 'sandbox' | 'production';

export interface QontoHosts {
  api: string;
  authorize: string;
  token: string;
}

/** Where each environment's API and OAuth server live; `local` is the embedded emulator. */
export function qontoHosts(environment: QontoEnvironment, emulatorUrl: string): QontoHosts {
  switch (environment) {
    case 'production':
      return {
        api: 'https://thirdparty.qonto.com',
        authorize: 'https://oauth.qonto.com/oauth2/auth',
        token: 'https://oauth.qonto.com/oauth2/token',
      };
    case 'sandbox':
      return {
        api: 'https://thirdparty-sandbox.staging.qonto.co',
        authorize: 'https://oauth-sandbox.staging.qonto.co/oauth2/auth',
        token: 'https://oauth-sandbox.staging.qonto.co/oauth2/token',
      };
    case 'local':
      return { api: emulatorUrl, authorize: `${emulatorUrl}/oauth2/auth`, token: `${emulatorUrl}/oauth2/token` };
  }
}
