import { useLayoutEffect } from 'react';
import { useLocation } from 'wouter';
import { cameByBackOrForward } from '../lib/routing.tsx';

/**
 * A new page opens at its top (after saving a long draft, the invoice's actions are in view); back and
 * forward leave the scroll to the browser.
 */
export function ScrollToTop() {
  const [pathname] = useLocation();
  useLayoutEffect(() => {
    if (!cameByBackOrForward()) window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
