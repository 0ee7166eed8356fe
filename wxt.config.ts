import { defineConfig, type EntrypointGroup } from 'wxt';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aliases } from './data/aliases';
import { dataset, datasetVersionOf } from './data/dataset';
import { validateDataset } from './data/validate';
import { aliasTableModule, buildAliasTable, topicHintModule } from './utils/matching/alias-table';
import {
  latinVocabModule,
  scriptGroupsModule,
  tablePart,
  vocabSource,
} from './utils/matching/script-group-build';
import { OTHER_GROUPS, scriptGroupPath } from './utils/matching/script-group-registry';
import { highlightCss, INJECTED_CSS_FILE } from './utils/content/highlight-css';
import {
  CARD_DELAY_RANGE,
  DEFAULT_CARD_DELAY_MS,
  DEFAULT_HIGHLIGHT_STYLES,
} from './utils/settings/settings-schema';
import { localeFiles } from './utils/i18n/catalogs';
import { FACT_BASE_FILE } from './utils/db/fact-base-file';

/** Writes `source` to `file` unless it already holds it (an unchanged file does not restart watchers). */
function writeGenerated(file: string, source: string): void {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== source) writeFileSync(file, source);
}

/**
 * What the extension would otherwise compute on every start: the matcher's table (on every page, see
 * utils/matching/alias-table.ts) and the dataset's version (in every popup and worker start).
 */
function writeGeneratedModules(): void {
  const table = buildAliasTable(aliases);
  const words = vocabSource();
  // The page app's Latin-script part; every other script group's part is its own module (script-groups.ts).
  writeGenerated('utils/matching/alias-table.generated.ts', aliasTableModule(tablePart(table, 'word')));
  writeGenerated('utils/matching/vocab.generated.ts', latinVocabModule(words));
  writeGenerated('utils/matching/script-groups.generated.ts', scriptGroupsModule(table, words));
  writeGenerated('utils/matching/topic-hint.generated.ts', topicHintModule(table));
  writeGenerated(
    'data/dataset-version.generated.ts',
    '// Generated at build time from the dataset (see wxt.config.ts). Do not edit.\n' +
      `export const DATASET_VERSION = '${datasetVersionOf(dataset)}';\n` +
      '/** What the options page and the popup say of the bundled base, without importing it. */\n' +
      `export const BASE_AS_OF = '${dataset.info.asOf}';\n` +
      `export const BASE_FACT_COUNT = ${dataset.facts.length};\n`,
  );
  // What `npm run bench` needs to know of the extension (node cannot import TypeScript): the English names
  // (so mark.js and the floor look for the same words) and the card delays readers get.
  const english = Object.entries(aliases).flatMap(([topic, list]) =>
    list
      .filter((a) => a.lang === 'en')
      .map((a) => ({ text: a.text, topic, caseSensitive: a.caseSensitive === true })),
  );
  writeGenerated(
    'scripts/bench/extension-facts.generated.json',
    `${JSON.stringify({ englishAliases: english, cardDelay: { default: DEFAULT_CARD_DELAY_MS, ...CARD_DELAY_RANGE } }, null, 1)}\n`,
  );
}

/**
 * Takes the popup out of the build it shares with the options page into one of its own. Built together, the
 * two pages share a chunk (React and more) that the popup loads as a second file; built alone, everything the
 * popup needs to open is in one file. Each file an extension page loads delays its first render (measured
 * 8 ms for this one, and again about 10 ms of the toolbar popup's load on 2026-12-07), and the popup opens far
 * more often than the options page. The welcome page, opened once in the extension's life, is built alone too,
 * so that the options page stays one file as well.
 */
function buildPagesAlone(groups: EntrypointGroup[]): void {
  const alone = (entry: { type: string; name: string }) => entry.type === 'popup' || entry.name === 'welcome';
  const shared = groups.find((group) => Array.isArray(group) && group.length > 1 && group.some(alone));
  if (!Array.isArray(shared)) return;
  const separate = shared.filter(alone);
  shared.splice(0, shared.length, ...shared.filter((entry) => !alone(entry)));
  groups.push(...separate.map((entry) => [entry]));
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: no hidden globals.
  imports: false,
  manifest: ({ browser }) => ({
    // Every string the browser shows for us comes from _locales (utils/i18n/locales, joined at build time).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage'],
    // The content script's page app, imported when a page is idle (utils/content/page-app.ts), and the
    // script groups' aliases it imports on pages written in them (utils/matching/script-groups.ts). A dynamic
    // URL changes every session, so sites cannot probe for it; Firefox's MV2 URLs are random per install.
    web_accessible_resources: [
      {
        resources: ['page-app.js', ...OTHER_GROUPS.map((group) => scriptGroupPath(group).slice(1))],
        matches: ['<all_urls>'],
        use_dynamic_url: true,
      },
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmd_next__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmd_previous__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmd_toggle__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // A fact base that does not validate fails the build, naming each bad record.
    'build:before': () => {
      validateDataset(dataset);
      writeGeneratedModules();
    },
    // Also on `wxt prepare` (run after install), so the type checker and the tests find them.
    'prepare:types': () => {
      writeGeneratedModules();
    },
    'entrypoints:grouped': (_wxt, groups) => buildPagesAlone(groups),
    // The content script's build gets a ContentScriptContext that does nothing (see wxt-context.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      const standIn = fileURLToPath(new URL('./utils/content/wxt-context.ts', import.meta.url));
      config.resolve = {
        ...config.resolve,
        alias: { ...(config.resolve?.alias as object), 'wxt/utils/content-script-context': standIn },
      };
    },
    // Chromium: the default highlight styles go into every page with the content script, before the page's
    // first style pass (see utils/content/highlight-css.ts). Firefox does not inherit highlight styles from
    // `:root`, and universal rules in every page would cost every element a match: there the content script
    // adds them once a page names a topic.
    'build:publicAssets': (wxt, files) => {
      files.push(...localeFiles());
      // The fact base as data, fetched only to seed the database or when it cannot answer (bundled-base.ts).
      files.push({ relativeDest: FACT_BASE_FILE.slice(1), contents: JSON.stringify(dataset) });
      if (wxt.config.browser === 'firefox') return;
      files.push({
        relativeDest: INJECTED_CSS_FILE,
        contents: highlightCss(DEFAULT_HIGHLIGHT_STYLES, 'root'),
      });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The toolbar button's tooltip in the reader's language (WXT takes the popup's <title> otherwise).
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_ext_action_title__';
      if (wxt.config.browser === 'firefox') return;
      const content = manifest.content_scripts?.find((cs) => cs.js?.includes('content-scripts/content.js'));
      if (!content) throw new Error('No content script in the manifest to inject the highlight styles with');
      content.css = [...(content.css ?? []), INJECTED_CSS_FILE];
    },
  },
  zip: {
    excludeSources: [
      '.output/**',
      'node_modules/**',
      'test-results/**',
      'demo-screenshots/**',
      'bench-results/tmp/**',
    ],
  },
  vite: () => ({
    build: {
      // Vite 8's minifier writes a literal U+FFFF (from Dexie's source) into bundles, and Chrome then
      // refuses to load the extension as "not UTF-8". ASCII output escapes it.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
