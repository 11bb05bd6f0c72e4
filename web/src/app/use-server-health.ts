import { useEffect, useState } from 'react';

export interface ServerHealth {
  status: string;
  qonto: { environment: 'local' | 'sandbox' | 'production'; reachable: boolean };
}

export function useServerHealth(): ServerHealth | 'loading' | 'unreachable' {
  const [health, setHealth] = useState<ServerHealth | 'loading' | 'unreachable'>('loading');
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: ServerHealth) => setHealth(body))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setHealth('unreachable');
        return error;
      });
    return () => controller.abort();
  }, []);
  return health;
}
