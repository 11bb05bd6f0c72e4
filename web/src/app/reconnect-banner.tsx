import { useLocation } from 'react-router';
import { connectUrl } from '../lib/session.ts';

/** Non-blocking: the page and its unsaved work stay as they are, and reconnecting comes back to this page. */
export function ReconnectBanner() {
  const location = useLocation();
  return (
    <div className="reconnect-banner" role="alert">
      <p>The connection to Qonto has expired. Your work is kept on this device.</p>
      <a className="button" href={connectUrl(location.pathname + location.search)}>
        Reconnect
      </a>
    </div>
  );
}
