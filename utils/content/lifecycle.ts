/** How often a quiet page checks that the extension is still there. */
const CHECK_EVERY_MS = 2000;

/**
 * The content script's life, as an AbortSignal that aborts only when the extension's context is really gone
 * (the extension was reloaded, updated or removed while this tab stayed open).
 *
 * Why not WXT's `ctx.signal`: WXT invalidates a running script whenever a "content script started" DOM event
 * with the right name arrives, and a page can dispatch that event itself to switch us off. Our own signal
 * trusts only `runtime.id`, which the browser clears in an orphaned script. It is checked on a slow timer
 * and by `alive()` before any action, so a dead script never throws at the page.
 */
export function watchExtensionLife(win: Window, runtime: () => { id?: string } | undefined) {
  const controller = new AbortController();
  const alive = (): boolean => {
    if (controller.signal.aborted) return false;
    let id: string | undefined;
    try {
      id = runtime()?.id;
    } catch {
      id = undefined; // Firefox throws on access to a dead extension's APIs
    }
    if (!id) controller.abort('extension context invalidated');
    return !controller.signal.aborted;
  };
  const timer = win.setInterval(alive, CHECK_EVERY_MS);
  controller.signal.addEventListener('abort', () => win.clearInterval(timer));
  return { signal: controller.signal, alive, stop: () => controller.abort('stopped') };
}
export type ExtensionLife = ReturnType<typeof watchExtensionLife>;
