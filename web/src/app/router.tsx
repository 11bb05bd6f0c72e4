import type { ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { withPagesCatalog } from '../lib/i18n/activate-language.ts';
import { lazyComponent } from '../lib/lazy-component.ts';
import { matchPath } from '../lib/routing.tsx';
import { organizationArea } from '../lib/organization-scope.ts';
import { AppRoot } from './app-root.tsx';
import { LegacyRedirect } from './legacy-redirect.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { OrganizationRoute } from './organization-route.tsx';
import { RouteErrorBoundary, RoutePage } from './route-page.tsx';

type PageModule = Promise<{ Component: ComponentType }>;

// Each page loads with its route, so the first page does not carry the others' code. Paths are within
// `/orgs/:organizationId`.
const organizationPages: { path: string; load: () => PageModule }[] = [
  { path: '', load: () => import('../features/composer/components/composer-page.tsx') },
  { path: '/import', load: withPagesCatalog(() => import('../features/bulk-import/components/bulk-import-page.tsx')) },
  { path: '/invoices', load: withPagesCatalog(() => import('../features/invoices/components/invoices-page.tsx')) },
  { path: '/invoices/:invoiceId', load: withPagesCatalog(() => import('../features/invoices/components/invoice-detail-page.tsx')) },
  { path: '/invoices/:invoiceId/edit', load: withPagesCatalog(() => import('../features/composer/components/edit-draft-page.tsx')) },
  { path: '/credit-notes', load: withPagesCatalog(() => import('../features/invoices/components/credit-notes-page.tsx')) },
];

const lazyPage = (load: () => PageModule) => {
  const { Lazy, preload } = lazyComponent(() => load().then((module) => module.Component));
  return { LazyPage: Lazy, preload };
};

const organizationsPage = lazyPage(withPagesCatalog(() => import('../features/organizations/components/organizations-page.tsx')));
const pages = organizationPages.map(({ path, load }) => ({ path: `/orgs/:organizationId${path}`, ...lazyPage(load) }));

/** The first page's code is fetched while the session is read, not after. */
export function preloadPage(pathname: string): void {
  if (pathname === '/') organizationsPage.preload();
  const page = pages.find(({ path }) => matchPath(path, pathname));
  if (page) page.preload();
}

/** Addresses from before organizations were in the URL: every page but the composer, at the root. */
const legacyPaths = organizationPages.map(({ path }) => path).filter((path) => path !== '');

export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <AppRoot>
        <Switch>
          <Route path="/">
            <RoutePage page={<organizationsPage.LazyPage />} />
          </Route>
          {/* One route for the whole area: the organization's shell stays mounted from one of its pages to the next. */}
          <Route path={organizationArea}>
            <OrganizationRoute>
              <Switch>
                {pages.map(({ path, LazyPage: Page }) => (
                  <Route key={path} path={path}>
                    <RoutePage page={<Page />} />
                  </Route>
                ))}
                <Route>
                  <NotFoundPage />
                </Route>
              </Switch>
            </OrganizationRoute>
          </Route>
          {legacyPaths.map((path) => (
            <Route key={path} path={path}>
              <LegacyRedirect />
            </Route>
          ))}
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </AppRoot>
    </RouteErrorBoundary>
  );
}
