import { connectUrl } from '../lib/session.ts';

/** Non-blocking: the page and its unsaved work stay as they are while the user reconnects. */
export function ReconnectBanner() {
  return (
    <div className="reconnect-banner" role="alert">
      <p>The connection to Qonto has expired. Your work is kept on this device.</p>
      <a className="button" href={connectUrl()}>
        Reconnect
      </a>
    </div>
  );
}
