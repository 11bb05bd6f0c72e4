import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * English is written in the code (the source locale); the four others are PO catalogs a translator edits, two per
 * language so the first page does not load the other pages' messages (a message both use is in both).
 * LINGUI_CATALOGS lets the catalog check extract into a scratch folder and compare it with the committed one.
 */
const catalogs = process.env.LINGUI_CATALOGS ?? '<rootDir>/src/locales';
const notShipped = ['**/*.test.ts', '**/test-support/**'];
const otherPages = [
  '<rootDir>/src/features/invoices',
  '<rootDir>/src/features/bulk-import',
  '<rootDir>/src/features/organizations',
  '<rootDir>/src/features/composer/components/edit-draft-page.tsx',
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
      exclude: [...notShipped, ...otherPages],
    },
    // What the other pages say: loaded with the first of them the user opens.
    { path: `${catalogs}/pages/{locale}`, include: otherPages, exclude: notShipped },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'message',
});
