import type { Browser } from 'wxt/browser';
import { COUNT_PORT, type CountReport } from '../messaging/protocol';
import type { ExtensionLife } from './lifecycle';

type Port = Browser.runtime.Port;

/**
 * Reports the page's mention count to the worker (toolbar badge) on one long-lived port. A report is one
 * message with nothing coming back: sent with `runtime.sendMessage`, each also brought the page its reply and
 * the worker's question whether the page was still there, about 0.3–0.6 ms per batch of an infinite-scroll
 * feed; the port's disconnect now tells the worker that instead. A port the worker dropped (it stops when idle)
 * is opened again at the report that finds it closed.
 */
export function countReporter(life: ExtensionLife, connect: (name: string) => Port): (count: number) => void {
  let port: Port | undefined;
  return (count) => {
    if (!life.alive()) return;
    const report: CountReport = { type: 'mention-count', count };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        port ??= connect(COUNT_PORT);
        port.postMessage(report);
        return;
      } catch {
        // A port the other end has left throws once the browser told this end: open a new one, once.
        port = undefined;
      }
    }
  };
}
