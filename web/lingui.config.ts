import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * English is written in the code (the source locale); the four others are PO catalogs a translator edits.
 * LINGUI_CATALOGS lets the catalog check extract into a scratch folder and compare it with the committed one.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'fr', 'it', 'de', 'es'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: `${process.env.LINGUI_CATALOGS ?? '<rootDir>/src/locales'}/{locale}`,
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/test-support/**'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'message',
});
