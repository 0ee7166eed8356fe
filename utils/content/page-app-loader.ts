import type { ExtensionLife } from './lifecycle';
import type { ContentHandler } from './start-content';

/**
 * The content script is split in two. The part the browser injects into every page (entrypoints/content.ts)
 * only registers its message listener and waits for the page to be idle: its evaluation runs while the
 * page is still loading, and its cost grows with its size. Everything else (matcher, scanner, highlights,
 * card) is the page app (entrypoints/page-app.ts), imported when the page is idle or when the popup asks.
 *
 * The app is a web-accessible resource with `use_dynamic_url`: its URL carries a random id that changes
 * every session, so a site cannot probe a fixed URL to learn that Backstory is installed. It is evaluated
 * in the content script's isolated world (never the page's), and it hands over its entry through that
 * world's global object under a symbol the page cannot reach.
 */
export const PAGE_APP_PATH = '/page-app.js';

/** What the content script hands the app as it starts it. */
export interface AppStart {
  /** The text that made the content script load the app (its script tells which aliases to load). */
  hint?: string;
  /** The content script's topic test, so the app need not carry its regex (see frame-document.ts). */
  mayNameTopic: (text: string) => boolean;
}
export type StartPageApp = (life: ExtensionLife, start: AppStart) => Promise<ContentHandler>;

const KEY = Symbol.for('backstory.page-app');
type AppGlobal = { [KEY]?: StartPageApp };

/** Called by the app module when it is evaluated. */
export function registerPageApp(start: StartPageApp): void {
  (globalThis as AppGlobal)[KEY] = start;
}

/** Imports the app from `url` (once per script) and resolves to its entry. */
export async function importPageApp(url: string): Promise<StartPageApp> {
  await import(/* @vite-ignore */ url);
  const start = (globalThis as AppGlobal)[KEY];
  if (typeof start !== 'function') throw new Error(`${url} did not register the page app`);
  return start;
}
