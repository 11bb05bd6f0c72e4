import { createContext, createElement, useContext, type ReactNode } from 'react';

/**
 * The organization a page works for. It comes from the URL (`/orgs/{id}/...`), so a link or a reload opens
 * the same organization, and every call to Qonto names it: the app server checks it against the session.
 */
const OrganizationContext = createContext<string | null>(null);

export function OrganizationProvider({ organizationId, children }: { organizationId: string; children: ReactNode }) {
  return createElement(OrganizationContext, { value: organizationId }, children);
}

export function useOrganizationId(): string {
  const organizationId = useContext(OrganizationContext);
  if (organizationId === null) throw new Error('useOrganizationId is used outside an organization’s pages');
  return organizationId;
}

/** Qonto's path (`/v2/...`) through the app server, for one organization. */
export function qontoPath(organizationId: string, path: string): string {
  return `/api/orgs/${encodeURIComponent(organizationId)}/qonto${path}`;
}

/** Any address of an organization's pages (`/orgs/{id}` and below): the organization, and its page's path. */
export const organizationArea = /^\/orgs\/(?<organizationId>[^/]+)(?<page>\/.*)?$/i;

/** A page of one organization in the app (`/invoices` → `/orgs/{id}/invoices`). */
export function organizationPath(organizationId: string, path = ''): string {
  return `/orgs/${encodeURIComponent(organizationId)}${path === '/' ? '' : path}`;
}

/** Links inside the current organization's pages. */
export function useOrganizationPath(): (path?: string) => string {
  const organizationId = useOrganizationId();
  return (path = '') => organizationPath(organizationId, path);
}
