import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * English is written in the code (the source locale); the four others are PO catalogs a translator edits, two per
 * language so the first page does not load what it does not show when it opens (a message both use is in both).
 * LINGUI_CATALOGS lets the catalog check extract into a scratch folder and compare it with the committed one.
 */
const catalogs = process.env.LINGUI_CATALOGS ?? '<rootDir>/src/locales';
const notShipped = ['**/*.test.ts', '**/test-support/**'];
/** What the first page does not show when it opens: the other pages, and the parts that load on use. */
const later = [
  '<rootDir>/src/features/invoices',
  '<rootDir>/src/features/bulk-import',
  '<rootDir>/src/features/organizations',
  '<rootDir>/src/features/connect',
  '<rootDir>/src/features/composer/components/edit-draft-page.tsx',
  '<rootDir>/src/features/composer/components/client-dialog.tsx',
  '<rootDir>/src/features/composer/components/save-as-product-form.tsx',
  '<rootDir>/src/features/composer/components/invoice-created.tsx',
  '<rootDir>/src/features/composer/components/attachment-drop-zone.tsx',
  '<rootDir>/src/features/composer/model/validate-composer.ts',
  '<rootDir>/src/components/pagination.tsx',
  '<rootDir>/src/components/invoice-status-badge.tsx',
  '<rootDir>/src/components/invoice-preview.tsx',
];

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'fr', 'it', 'de', 'es'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    // What the shell and the New invoice page (the first page) say: loaded with the app.
    {
      path: `${catalogs}/{locale}`,
      include: ['<rootDir>/src'],
      exclude: [...notShipped, ...later],
    },
    // The rest: loaded with the first page or part that needs it.
    { path: `${catalogs}/pages/{locale}`, include: later, exclude: notShipped },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'message',
});
