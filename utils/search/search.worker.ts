import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { createSearchWorkerCore } from './search-worker-core';

/**
 * The popup's search, off its main thread: fuse's fuzzy token search over thousands of facts takes far
 * longer than a frame, and here it cannot delay a keystroke. One index per popup open.
 */

/** The part of a dedicated worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}
const scope = self as unknown as WorkerScope;

const handle = createSearchWorkerCore((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
