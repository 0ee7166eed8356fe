/**
 * Stands in for WXT's `ContentScriptContext` in the content script's build (wxt.config.ts aliases it there).
 * WXT makes one for every content script before `main` runs, inside the evaluation every page waits for: it
 * defines its location-change event (probing the Navigation API), creates an AbortController, dispatches a
 * "started" event on the document and listens for the next one. Without it the loader's evaluation went from
 * 6-8 ms to 4-4.6 ms (thread time, busy 2-core machine; a script as long that only registers a listener: 3-3.5).
 * Backstory keeps its own lifetime instead (lifecycle.ts: a page can dispatch WXT's event itself to switch a
 * ctx off) and its `main` takes no ctx, so this one does nothing.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}
}
