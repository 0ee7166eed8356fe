// A build step for the toolbar popup: its page carries its first view, rendered at build time.
import { runnerImport } from 'vite';

const POPUP_PAGE = /[\\/]entrypoints[\\/]popup[\\/]index\.html$/;
const PRERENDER_MODULE = '/entrypoints/popup/prerender.tsx';
const NO_STYLES = '\0backstory:no-styles';

/** For rendering to HTML, stylesheets the components import are empty modules (the page inlines them). */
const stylesLeftOut = {
  name: 'backstory:styles-left-out',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? NO_STYLES : undefined),
  load: (id) => (id === NO_STYLES ? 'export {};' : undefined),
};

/**
 * Vite plugin: renders the popup's first view at its plain address (Browse) with the popup's own components
 * and puts it into popup.html. The reader sees it as soon as the page is parsed, before the popup's script
 * (React and the components: about 15 ms of loading and rendering on a fast machine) has run; that script
 * then hydrates it. The components are loaded through Vite's module runner, so the build renders the same
 * source the browser runs.
 */
export function prerenderPopup() {
  let root = process.cwd();
  return {
    name: 'backstory:prerender-popup',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html, ctx) {
      if (!POPUP_PAGE.test(ctx.filename)) return html;
      const { module } = await runnerImport(PRERENDER_MODULE, {
        root,
        configFile: false,
        logLevel: 'warn',
        plugins: [stylesLeftOut],
      });
      return module.withPrerenderedPopup(html);
    },
  };
}
