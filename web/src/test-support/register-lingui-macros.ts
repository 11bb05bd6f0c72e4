/**
 * Unit tests run the web app's modules in Node without Vite: this load hook gives the Lingui macros
 * (t, msg, plural…) the same Babel transform the build applies, and activates English, so a model that
 * names its messages can be tested as it runs in the browser. Only files importing a macro are touched.
 */
import { fileURLToPath } from 'node:url';
import { registerHooks } from 'node:module';
import { createRequire } from 'node:module';
import { i18n } from '@lingui/core';
import type * as LinguiConf from '@lingui/conf';

const macroImport = /from ['"]@lingui\/(core|react)\/macro['"]/;
const require = createRequire(import.meta.url);
const webRoot = fileURLToPath(new URL('../..', import.meta.url));
let transform: ((source: string, filename: string) => string) | undefined;

function babelTransform(): (source: string, filename: string) => string {
  const babel = require('@babel/core') as {
    transformSync(source: string, options: Record<string, unknown>): { code?: string | null } | null;
  };
  const { getConfig } = require('@lingui/conf') as typeof LinguiConf;
  const linguiConfig = getConfig({ cwd: webRoot });
  return (source, filename) =>
    babel.transformSync(source, {
      filename,
      babelrc: false,
      configFile: false,
      parserOpts: { plugins: ['typescript'] },
      plugins: [[require.resolve('@lingui/babel-plugin-lingui-macro'), { linguiConfig }]],
    })?.code ?? source;
}

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return loaded;
    const source = String(loaded.source ?? '');
    if (!macroImport.test(source)) return loaded;
    transform ??= babelTransform();
    return { ...loaded, source: transform(source, fileURLToPath(url)) };
  },
});

i18n.loadAndActivate({ locale: 'en', messages: {} });
