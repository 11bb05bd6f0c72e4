// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const appShell = 'Features never import the app shell (web/src/app): shared pieces live in web/src/components or web/src/lib.';
const otherFeature = 'A feature never imports another feature: what both need lives in web/src/components or web/src/lib.';

/** Layering: import specifiers (regular expressions) the files of a folder may never use, and why. */
function layer(files, forbidden, ignores = []) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: forbidden.map(([regex, message]) => ({ regex, message })) }] },
  };
}

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '.tools/', '.data/', '**/test-results/', '**/playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Test helpers hand tests Qonto's JSON as `any` on purpose: a test reads the fields it asserts on, and
    // a schema per answer would restate the emulator in every test.
    files: ['server/src/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer(
    ['shared/src/**/*.ts'],
    [[String.raw`(^|/)(web|server)/|^@composer/(web|server)`, 'shared/ is used by web and server alike: it imports neither.']],
  ),
  layer(
    ['server/src/bff/**/*.ts'],
    [
      [String.raw`(^|/)emulator(/|$)`, 'The app server runs against real Qonto too: it never imports the emulator.'],
      [String.raw`(^|/)testing(/|$)`, 'Test helpers stay out of the production server.'],
    ],
    ['server/src/bff/**/*.test.ts'],
  ),
  // Relative paths are matched as written, so each folder depth names its own way out of the feature.
  layer(
    ['web/src/features/*/*.{ts,tsx}'],
    [
      [String.raw`^\.\./\.\./app/`, appShell],
      [String.raw`^\.\./[^./]`, otherFeature],
    ],
  ),
  layer(
    ['web/src/features/*/*/*.{ts,tsx}'],
    [
      [String.raw`^\.\./\.\./\.\./app/`, appShell],
      [String.raw`^\.\./\.\./[^./]`, otherFeature],
    ],
  ),
);
