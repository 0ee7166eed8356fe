import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPageApp } from '../utils/content/page-app-loader';
import { startContent } from '../utils/content/start-content';

// The content script's page app, imported by entrypoints/content.ts when the page is idle
// (see utils/content/page-app-loader.ts for why it is a separate file).
export default defineUnlistedScript(() => {
  registerPageApp(startContent);
});
