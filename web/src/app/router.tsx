import { createElement, use, type ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { AppRoot } from './app-root.tsx';
import { LegacyRedirect } from './legacy-redirect.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { OrganizationRoute } from './organization-route.tsx';
import { RouteErrorBoundary, RoutePage } from './route-page.tsx';

type PageModule = Promise<{ Component: ComponentType }>;

// Each page loads with its route, so the first page does not carry the others' code. (Declarative routes:
// React Router's data router, unused here, was half of its weight in the first load.)
const organizationPages: { path: string; load: () => PageModule }[] = [
  { path: '', load: () => import('../features/composer/components/composer-page.tsx') },
  { path: 'import', load: () => import('../features/bulk-import/components/bulk-import-page.tsx') },
  { path: 'invoices', load: () => import('../features/invoices/components/invoices-page.tsx') },
  { path: 'invoices/:invoiceId', load: () => import('../features/invoices/components/invoice-detail-page.tsx') },
  { path: 'invoices/:invoiceId/edit', load: () => import('../features/composer/components/edit-draft-page.tsx') },
  { path: 'credit-notes', load: () => import('../features/invoices/components/credit-notes-page.tsx') },
];

/**
 * A page whose code loads on first use. Unlike React.lazy, a page already loaded renders at once: React
 * holds back content that suspended for up to 300 ms, which the first page would pay after its preload.
 */
function lazyPage(load: () => PageModule) {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.Component;
      return loaded;
    }));
  function LazyPage() {
    // The same component on every render once loaded (one per page, made at start-up).
    return createElement(loaded ?? use(preload()));
  }
  return { LazyPage, preload };
}

const organizationsPage = lazyPage(() => import('../features/organizations/components/organizations-page.tsx'));
const pages = organizationPages.map(({ path, load }) => ({ path, ...lazyPage(load) }));

/** The first page's code is fetched while the session is read, not after. */
export function preloadPage(pathname: string): void {
  if (pathname === '/') void organizationsPage.preload();
  const page = pages.find(({ path }) => matchPath(`/orgs/:organizationId/${path}`, pathname));
  if (page) void page.preload();
}

const legacyPaths = ['import', 'invoices', 'invoices/:invoiceId', 'invoices/:invoiceId/edit', 'credit-notes'];

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/"
        element={
          <RouteErrorBoundary>
            <AppRoot />
          </RouteErrorBoundary>
        }
      >
        <Route index element={<RoutePage page={<organizationsPage.LazyPage />} />} />
        <Route path="orgs/:organizationId" element={<OrganizationRoute />}>
          {pages.map(({ path, LazyPage: Page }) =>
            path === '' ? (
              <Route key="index" index element={<RoutePage page={<Page />} />} />
            ) : (
              <Route key={path} path={path} element={<RoutePage page={<Page />} />} />
            ),
          )}
        </Route>
        {legacyPaths.map((path) => (
          <Route key={path} path={path} element={<LegacyRedirect />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
