import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { splitPages } from './scripts/pageChunks';

// Hosts of 长城网: the extension may read these without a click-time grant (see README, "Permissions").
export const CHANGCHENG_MATCHES = [
  '*://*.hebei.com.cn/*',
  '*://hebei.com.cn/*',
  '*://*.hebccw.cn/*',
  '*://hebccw.cn/*',
];

export default defineConfig({
  vite: () => ({
    plugins: [preact()],
    // CC_NO_MINIFY=1 npx wxt build: function names as written in CPU profiles of the built pages.
    ...(process.env.CC_NO_MINIFY ? { build: { minify: false } } : {}),
    // The Public Suffix List (utils/urls.ts) from tldts's minified build: 137 kB instead of 277 kB.
    resolve: { alias: [{ find: /^tldts$/, replacement: 'tldts/dist/index.esm.min.js' }] },
  }),
  hooks: {
    // The injected extractors go without the Public Suffix List (135 kB to compile in the page on every click):
    // its canonical is settled outside the page from the claims it returns (utils/platform/noPublicSuffixList.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The popup's and the library's shared code in two files, the library's first screen needing one.
      splitPages(entrypoints, config);
      if (!entrypoints.some((e) => e.name === 'extractor' || e.name === 'extractor-full')) return;
      const alias = { find: /^tldts$/, replacement: path.resolve('utils/platform/noPublicSuffixList.ts') };
      const given = config.resolve?.alias;
      config.resolve = { ...config.resolve, alias: [alias, ...(Array.isArray(given) ? given : [])] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    host_permissions: CHANGCHENG_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Opening the popup by keyboard: MV2 (Firefox) names the command after browser_action.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the browser: captures stay in the local IndexedDB.
            gecko: {
              id: 'changcheng-reader@example.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
