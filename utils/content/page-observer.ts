import { pageChanged } from './page-text';
import { nextFrame } from './scheduling';
import { CARD_HOST_TAG } from './skip-rules';

/** More added nodes than this in one batch: rescan once instead of queueing thousands of subtrees. */
const RESCAN_THRESHOLD = 1000;

export interface PageObserverDeps {
  queueRoot: (node: Node) => void;
  queueText: (node: Text) => void;
  /** Drops highlights of nodes that left the page. */
  prune: () => void;
  rescan: () => void;
}

/**
 * Follows a changing page. The MutationObserver callback only collects records; the work runs batched in
 * the next frame. Our own card host is ignored, so nothing we do feeds back into the observer.
 */
export class PageObserver {
  private readonly observers: MutationObserver[] = [];
  private pending: MutationRecord[] = [];
  private scheduled = false;

  constructor(private readonly deps: PageObserverDeps) {}

  observe(root: Document | ShadowRoot): void {
    const observer = new MutationObserver((records) => {
      for (const r of records) this.pending.push(r);
      this.schedule();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
  }

  /** Handles every change made so far right now (before answering what the page holds). */
  flushNow(): void {
    for (const o of this.observers) for (const r of o.takeRecords()) this.pending.push(r);
    this.scheduled = false;
    if (this.pending.length > 0) this.flush();
  }

  disconnect(): void {
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
    this.pending = [];
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // The next frame, or a timer where frames do not come (a hidden tab): one task of ours per batch.
    void nextFrame().then(() => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const records = this.pending;
    this.pending = [];
    // What the page is about is read again at the next ambiguous name (a new article in a feed, another view).
    if (records.length > 0) pageChanged();
    let added = 0;
    let removed = false;
    const roots = new Set<Node>();
    const texts = new Set<Text>();
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType === Node.TEXT_NODE) texts.add(r.target as Text);
        continue;
      }
      if (r.removedNodes.length > 0) removed = true;
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === CARD_HOST_TAG) continue;
        added += 1;
        if (node.nodeType === Node.TEXT_NODE) texts.add(node as Text);
        else if (node.nodeType === Node.ELEMENT_NODE) roots.add(node);
      }
    }
    if (removed) this.deps.prune();
    if (added > RESCAN_THRESHOLD) return this.deps.rescan();
    // Whether a root sits inside an editor or code is checked when it is walked.
    for (const root of outermost(roots)) if (root.isConnected) this.deps.queueRoot(root);
    for (const text of texts) if (text.isConnected) this.deps.queueText(text);
  }
}

/** Drops nodes contained in another node of the set, so each subtree is walked once. */
function outermost(nodes: Set<Node>): Node[] {
  const list = [...nodes];
  if (list.length < 2) return list;
  return list.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (nodes.has(p)) return false;
    return true;
  });
}
