import { frameDocument } from './frame-document';
import { mayNameTopic } from './may-name-topic';
import { workWhenIdle } from './scheduling';

/**
 * Most pages a reader opens name none of the topics. Before the page app (matcher, scanner, card: tens of
 * kilobytes to load, evaluate and run) is imported, the content script walks the page's text with one
 * precompiled regex of alias stems, in idle slices, and keeps following the page's changes the same way. The
 * app loads only once some text may name a topic (the hint is a superset: a false hint costs a load, never a
 * mention).
 */

/**
 * Elements whose text is never page prose, a subset of the scanner's rules (skip-rules.ts): the hint may say
 * yes more often than the scanner finds, and importing those rules costs every page 280 bytes gzipped.
 */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** How many nodes the walk takes between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 32;

/**
 * Walks `doc` (its open shadow roots and same-origin frames too), then every change to it, until some text may
 * name a topic; then calls `onHint` once with that text (its script tells the app which aliases to load) and stops. Returns a function that stops it early.
 */
export function watchForTopics(
  doc: Document,
  onHint: (text: string) => void,
  signal: AbortSignal,
): () => void {
  const queue: Node[] = [doc.documentElement ?? doc];
  const framesSeen = new WeakSet<Element>();
  let stopped = false;
  let walker: TreeWalker | undefined;
  let working = false;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') queue.push(record.target);
      else for (const node of record.addedNodes) queue.push(node);
    }
    work();
  });
  const observe = (root: Node) =>
    observer.observe(root, { childList: true, subtree: true, characterData: true });

  const stop = () => {
    observer.disconnect();
    queue.length = 0;
    walker = undefined;
    stopped = true;
  };
  signal.addEventListener('abort', stop, { once: true });

  const enterDocument = (frameDoc: Document | null) => {
    if (!frameDoc?.documentElement) return;
    observe(frameDoc);
    queue.push(frameDoc.documentElement);
  };
  const enterFrame = (frame: HTMLIFrameElement | HTMLFrameElement) => {
    if (!framesSeen.has(frame)) {
      framesSeen.add(frame);
      // A frame that loads (or navigates) later brings a new document.
      frame.addEventListener('load', () => {
        if (stopped || signal.aborted) return;
        enterDocument(frameDocument(frame, mayNameTopic));
        work();
      });
    }
    enterDocument(frameDocument(frame, mayNameTopic));
  };

  /** True when `node` may name a topic, 'skip' to step over its subtree; queues its shadow root or frame document. */
  const visit = (node: Node): boolean | 'skip' => {
    if (node.nodeType === Node.TEXT_NODE) return mayNameTopic((node as Text).data);
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const el = node as Element;
    if (el.localName === 'iframe' || el.localName === 'frame') {
      enterFrame(el as HTMLIFrameElement);
      return 'skip'; // its children are fallback content, never shown
    }
    if (NOT_PROSE.has(el.localName)) return 'skip';
    if (el.shadowRoot) {
      observe(el.shadowRoot);
      queue.push(el.shadowRoot);
    }
    return false;
  };

  /** One idle slice of the walk; true when there is nothing left to do for now. */
  const step = (hasTime: () => boolean): boolean => {
    let count = 0;
    for (;;) {
      if (stopped || signal.aborted) return true;
      if (++count % NODES_PER_CLOCK_CHECK === 0 && !hasTime()) return false;
      if (walker !== undefined && !walker.currentNode.isConnected) {
        // The page removed the node the walk stood on: walk that root again rather than lose the rest.
        queue.unshift(walker.root);
        walker = undefined;
      }
      if (walker === undefined) {
        const root = queue.shift();
        if (root === undefined) {
          working = false;
          return true;
        }
        if (!root.isConnected) continue;
        const verdict = visit(root);
        if (verdict === true) return found(root);
        if (verdict === 'skip' || root.nodeType === Node.TEXT_NODE) continue;
        walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
          root,
          NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
        );
      }
      const node = walker.nextNode();
      if (node === null) {
        walker = undefined;
        continue;
      }
      const verdict = visit(node);
      if (verdict === true) return found(node);
      if (verdict === 'skip') skipSubtree(walker);
    }
  };
  const found = (at: Node): true => {
    stop();
    onHint((at as Text).data);
    return true;
  };
  const work = () => {
    if (working || stopped || signal.aborted) return;
    working = true;
    workWhenIdle(step, signal);
  };

  observe(doc);
  work();
  return stop;
}

/** Moves `walker` onto the last node of the current node's subtree, so that its next `nextNode()` leaves it. */
function skipSubtree(walker: TreeWalker): void {
  let last = walker.currentNode;
  while (last.lastChild !== null) last = last.lastChild;
  walker.currentNode = last;
}
