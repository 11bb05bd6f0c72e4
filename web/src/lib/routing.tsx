import type { ReactNode } from 'react';
import { parse } from 'regexparam';
import { Link, matchRoute, Router, useLocation, type AroundNavHandler } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';

/*
 * The app's router is wouter (about 2 KB in the first load, where React Router took 13 KB): its hooks and
 * components are used as they are; this module adds the three things the pages need on top.
 */

let navigations = 0;
/**
 * Every navigation gets its own key in the history entry's state, so a page can tell "opened again at the
 * same address" (New invoice on the confirmation) from "rendered again".
 */
const keyEachNavigation: AroundNavHandler = (navigate, to, options) =>
  navigate(to, {
    ...options,
    state: { ...(options?.state as object | undefined), key: `${Date.now().toString(36)}-${(navigations += 1)}` },
  });

export function AppRouter({ children }: { children: ReactNode }) {
  return <Router aroundNav={keyEachNavigation}>{children}</Router>;
}

/** The current history entry's key: it changes on every navigation, also to the same address. */
export function useLocationKey(): string {
  return (useHistoryState() as { key?: string } | null)?.key ?? 'entry';
}

/** What the current history entry's state says (e.g. `{ saved: true }` after saving a draft). */
export function useLocationState<State extends object>(): Partial<State> {
  return (useHistoryState() as Partial<State> | null) ?? {};
}

let lastNavigation: 'push' | 'replace' | 'back-or-forward' = 'back-or-forward';
if (typeof window !== 'undefined') {
  // wouter makes pushState and replaceState dispatch events of those names.
  addEventListener('popstate', () => (lastNavigation = 'back-or-forward'));
  addEventListener('pushState', () => (lastNavigation = 'push'));
  addEventListener('replaceState', () => (lastNavigation = 'replace'));
}

/** Whether the page on screen came from the browser's back or forward (or the first load), not a link. */
export const cameByBackOrForward = () => lastNavigation === 'back-or-forward';

/** The parameters of `pattern` (`/orgs/:organizationId/*`) in `path`, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string | undefined> | null {
  const [matches, params] = matchRoute(parse, pattern, path);
  return matches ? params : null;
}

/** A navigation link that says which page is open (`aria-current`); `end`: only at exactly that address. */
export function NavLink({ to, end = false, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [path] = useLocation();
  const open = path === to || (!end && path.startsWith(`${to}/`));
  return (
    <Link to={to} aria-current={open ? 'page' : undefined}>
      {children}
    </Link>
  );
}
