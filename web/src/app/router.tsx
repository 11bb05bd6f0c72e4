import { createBrowserRouter } from 'react-router';
import { AppRoot } from './app-root.tsx';
import { LegacyRedirect } from './legacy-redirect.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { OrganizationRoute } from './organization-route.tsx';
import { RouteError } from './route-error.tsx';

/** The pages of one organization; each loads with its route, so the first page does not carry the others' code. */
const organizationPages = [
  { index: true, lazy: () => import('../features/composer/components/composer-page.tsx'), errorElement: <RouteError /> },
  { path: 'import', lazy: () => import('../features/bulk-import/components/bulk-import-page.tsx'), errorElement: <RouteError /> },
  { path: 'invoices', lazy: () => import('../features/invoices/components/invoices-page.tsx'), errorElement: <RouteError /> },
  {
    path: 'invoices/:invoiceId',
    lazy: () => import('../features/invoices/components/invoice-detail-page.tsx'),
    errorElement: <RouteError />,
  },
  {
    path: 'invoices/:invoiceId/edit',
    lazy: () => import('../features/composer/components/edit-draft-page.tsx'),
    errorElement: <RouteError />,
  },
  { path: 'credit-notes', lazy: () => import('../features/invoices/components/credit-notes-page.tsx'), errorElement: <RouteError /> },
];

const legacyPaths = ['import', 'invoices', 'invoices/:invoiceId', 'invoices/:invoiceId/edit', 'credit-notes'];

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: () => import('../features/organizations/components/organizations-page.tsx'),
        errorElement: <RouteError />,
      },
      { path: 'orgs/:organizationId', element: <OrganizationRoute />, children: organizationPages },
      ...legacyPaths.map((path) => ({ path, element: <LegacyRedirect /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
