import { useServerHealth } from './use-server-health.ts';

const environmentNames = { local: 'Local emulator', sandbox: 'Sandbox', production: 'Production' } as const;

export function App() {
  const health = useServerHealth();
  return (
    <>
      <header className="app-header">
        <h1>Invoice Composer</h1>
        {typeof health === 'object' && <span className="environment-badge">{environmentNames[health.qonto.environment]}</span>}
      </header>
      <main className="app-main">
        <p>Compose and send client invoices through Qonto, and import the ones you already have.</p>
        <p role="status">
          {health === 'loading' && 'Checking the connection to Qonto…'}
          {health === 'unreachable' && 'The app server does not answer. Is it running?'}
          {typeof health === 'object' && (health.qonto.reachable ? 'Qonto is reachable.' : 'Qonto does not answer right now.')}
        </p>
      </main>
    </>
  );
}
