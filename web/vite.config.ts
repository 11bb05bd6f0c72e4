import { fileURLToPath } from 'node:url';
import { lingui, linguiTransformerBabelPreset } from '@lingui/vite-plugin';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { landingChunkGroups } from './build/landing-chunk.ts';
import { precompress } from './build/precompress.ts';

export default defineConfig({
  // The Lingui macros (t, Trans, plural) become catalog look-ups before React's transform sees the JSX.
  plugins: [
    babel({ presets: [linguiTransformerBabelPreset()] }),
    react(),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    precompress(),
  ],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('build/react-use-sync-external-store.ts', import.meta.url)),
      },
    ],
  },
  // Maps are written for local debugging but not referenced from the bundles (the app server never serves them).
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    // Chromium, Firefox 115+ and Safari 17+ preload modules natively; an older browser only fetches a chunk when its
    // import runs. The polyfill was a request of its own on every first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The two parts of a language's catalog (src/locales/fr.po, src/locales/pages/fr.po) told apart by name.
        chunkFileNames: (chunk) => `assets/${chunk.facadeModuleId?.includes('/locales/pages/') ? 'pages-' : ''}[name]-[hash].js`,
        codeSplitting: {
          groups: landingChunkGroups(fileURLToPath(new URL('src/main.tsx', import.meta.url)), {
            isPage: (id) => id.endsWith('/src/features/composer/components/composer-page.tsx'),
            inFeature: (id) => id.includes('/src/features/composer/'),
          }),
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000', '/auth': 'http://127.0.0.1:3000' },
  },
});
