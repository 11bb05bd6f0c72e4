// @ts-check
import js from '@eslint/js';
import lingui from 'eslint-plugin-lingui';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const appShell = 'Features never import the app shell (web/src/app): shared pieces live in web/src/components or web/src/lib.';
const otherFeature = 'A feature never imports another feature: what both need lives in web/src/components or web/src/lib.';
const zodMini = [
  '^zod$',
  "Code the browser loads imports 'zod/mini': its functions tree-shake and the classic API's methods do not (16 KB gzip of the first load).",
];
const sharedBarrel = [
  '^@composer/shared$',
  "Code the browser loads imports shared/ module by module ('@composer/shared/money/decimal'): through the index, every module of shared/ counts as the shell's and lands in the first page's chunk.",
];
const browser = [zodMini, sharedBarrel];

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
  {
    // Every word a user reads goes through the message catalogs (web/src/locales): a literal left in the
    // interface is an error. Names below hold identifiers, CSS, routes and data keys, never prose.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/**/*.test.{ts,tsx}', 'web/src/test-support/**', 'web/src/**/worker/**'],
    plugins: { lingui },
    rules: {
      ...lingui.configs.recommended.rules,
      // Positional placeholders ({0}) reach the PO files with the expression they stand for as a comment.
      'lingui/no-expression-in-message': 'off',
      // The rule below ignores single tokens that are not capitalised words (identifiers, CSS), so a lone
      // lowercase word written in JSX ("overdue", "(invoiced 3)") slipped through: words in JSX text must be
      // inside <Trans>.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXText[value=/[A-Za-z]{2,}/]:not(JSXElement[openingElement.name.name='Trans'] JSXText)",
          message: 'Words in JSX are user-visible: put them in <Trans>.',
        },
      ],
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: [String.raw`^[A-Z0-9_ -]+$`, String.raw`^(?![A-Z][a-z]+[^\w\s]*$)\S+$`],
          ignoreNames: [
            {
              regex: {
                pattern: String.raw`^(className|class|type|id|name|key|to|href|rel|target|role|method|mode|lang|autoComplete|inputMode|htmlFor|form|accept|pattern|variant|kind|status|code|detail|path|queryKey|mimeType|encType|data-.*|aria-(live|current|sort|haspopup|autocomplete|controls|describedby|labelledby|expanded|invalid|hidden|busy|atomic|relevant))$`,
              },
            },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
          ],
          ignoreFunctions: [
            'console.*',
            'Error',
            'TypeError',
            'RangeError',
            'new Error',
            'fetch',
            'URLSearchParams',
            'URL',
            '*.startsWith',
            '*.endsWith',
            '*.includes',
            '*.split',
            '*.join',
            '*.replace',
            '*.get',
            '*.set',
            '*.has',
            '*.append',
            '*.setItem',
            '*.setRequestHeader',
            'DOMException',
            '*.getItem',
            '*.removeItem',
            'addEventListener',
            'removeEventListener',
            '*.addEventListener',
            '*.removeEventListener',
            'querySelector',
            '*.querySelector',
            '*.querySelectorAll',
            'matchMedia',
            'Intl.*',
            'structuredClone',
            'apiRequest',
            'qontoPath',
            'organizationPath',
            'navigate',
            'useMatch',
            'useNavigate',
            'Symbol',
            'JSON.*',
          ],
          ignoreMethodsOnTypes: [
            'Map.get',
            'Map.has',
            'Map.set',
            'String.split',
            'String.startsWith',
            'String.endsWith',
            'String.includes',
            'Headers.get',
            'Headers.set',
            'URLSearchParams.get',
            'URLSearchParams.set',
            'FormData.append',
          ],
        },
      ],
    },
  },
  layer(
    ['shared/src/**/*.ts'],
    [[String.raw`(^|/)(web|server)/|^@composer/(web|server)`, 'shared/ is used by web and server alike: it imports neither.'], zodMini],
  ),
  layer(['web/src/**/*.{ts,tsx}'], browser),
  layer(
    ['server/src/bff/**/*.ts'],
    [
      [String.raw`(^|/)emulator(/|$)`, 'The app server runs against real Qonto too: it never imports the emulator.'],
      [String.raw`(^|/)testing(/|$)`, 'Test helpers stay out of the production server.'],
    ],
    ['server/src/bff/**/*.test.ts'],
  ),
  // Relative paths are matched as written, so each folder depth names its own way out of the feature.
  layer(['web/src/features/*/*.{ts,tsx}'], [[String.raw`^\.\./\.\./app/`, appShell], [String.raw`^\.\./[^./]`, otherFeature], ...browser]),
  layer(
    ['web/src/features/*/*/*.{ts,tsx}'],
    [[String.raw`^\.\./\.\./\.\./app/`, appShell], [String.raw`^\.\./\.\./[^./]`, otherFeature], ...browser],
  ),
);
