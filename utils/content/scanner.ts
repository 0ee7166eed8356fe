import type { TopicId } from '../../data/constants';
import { frameDocument } from './frame-document';
import { HighlightBatch } from './highlight-batch';
import type { Highlighter } from './highlighter';
import type { Mention, MentionStore, MentionWhy } from './mention-store';
import { nextFrame, nextIdlePeriod, WorkRuns, yieldToPage, type IdlePeriod } from './scheduling';
import { isInsideSkipped, isSkippedElement } from './skip-rules';

/** What the matcher reports for one text node. */
export interface FoundMention {
  topic: TopicId;
  start: number;
  end: number;
  text: string;
  /** Why it counts, for the card's "why" line. */
  why: MentionWhy;
}
/**
 * Finds mentions in a text node, or in [from, to) of it (offsets stay the node's); its paragraph is read
 * only when an ambiguous name needs it.
 */
export interface FindMentions {
  (node: Text, from?: number, to?: number): FoundMention[];
  /**
   * Does pieces (a few ms each) of getting ready ahead of the first text, at least one and more while
   * `hasTime()`; false once ready. The scan calls it before matching, letting the page run in between: done
   * inside the first matches, the pieces (the alias regex, the context rules) would add up to one long task.
   */
  warmUp?: (hasTime: () => boolean) => boolean;
}

/**
 * While a long scan runs, what it found so far is drawn after this long (the top of the page, where the
 * reader is), then after DRAW_GAP_GROWTH times as long, and so on: every draw makes the browser revisit all
 * highlights and repaint (measured on 100,000 paragraphs: drawing every 250 ms took the scan from 3 s to
 * 15 s; each draw costs about 120 ms of pre-paint and paint there), so a huge page gets a few draws and a
 * normal one exactly one.
 */
const FIRST_DRAW_MS = 500;
/** Traced on 100,000 paragraphs, pre-paint and paint after load: 650-670 ms doubling, 360-385 ms at four. */
const DRAW_GAP_GROWTH = 4;

/** Text nodes longer than this are matched in slices, with the page allowed to run between them. */
const SLICE_CHARS = 64 * 1024;

/** Longest wait for an idle period before a slice runs anyway, on a page that is never idle. */
const IDLE_WAIT_MS = 100;

/**
 * What reading a same-origin frame's document costs: the browser sets up this script's world in the frame
 * on first access (3-4 ms measured per frame in Chromium; ad-laden pages have twenty such frames). A frame
 * is entered only when a slice has this much time left.
 */
const FRAME_ENTRY_MS = 4;

/** True when the slice's time is up, or would be after `reserveMs` more. */
type OverDeadline = (reserveMs?: number) => boolean;

export interface ScannerDeps {
  store: MentionStore;
  highlighterFor: (doc: Document) => Highlighter | undefined;
  /** Called for each open shadow root and same-origin frame document met, so it can be observed too. */
  onNewRoot: (root: Document | ShadowRoot) => void;
  /** The content script's topic test (see topic-gate.ts): an inline frame whose source fails it is not read. */
  mayNameTopic?: (text: string) => boolean;
  /** Longest stretch of work before letting the page run. */
  sliceMs?: number;
  /** Called when a run of scanning has drawn what it found (a calm page then picks its first mentions). */
  onDrawn?: () => void;
}

/**
 * Walks text with a TreeWalker in short slices, matching each text node once and recording its mentions.
 * Work is queued: whole subtrees (first scan, added content) and single text nodes (edits).
 */
export class Scanner {
  private find: FindMentions;
  private readonly roots: Node[] = [];
  private readonly texts = new Set<Text>();
  /** Frames met by a walk, entered between walks (see FRAME_ENTRY_MS). */
  private readonly frames: HTMLIFrameElement[] = [];
  private running: Promise<void> | undefined;
  private stopped = false;
  /** Bumped by restart(), so a walk that is under way gives up. */
  private generation = 0;
  /** Nodes seen in the first walk arrive in document order; later ones need sorting. */
  private firstPass = true;
  private readonly sliceMs: number;
  /** Found mentions are recorded at once but drawn in batches (see HighlightBatch). */
  readonly batch: HighlightBatch;

  constructor(
    find: FindMentions,
    private readonly deps: ScannerDeps,
  ) {
    this.find = find;
    this.sliceMs = deps.sliceMs ?? 8;
    this.batch = new HighlightBatch(deps.highlighterFor);
  }

  /** Swaps the matcher (settings changed) and starts over from `root`, or only empties the queue. */
  restart(find: FindMentions, root: Node | undefined): void {
    this.find = find;
    this.generation += 1;
    this.roots.length = 0;
    this.texts.clear();
    this.frames.length = 0;
    this.batch.clear();
    this.firstPass = true;
    if (root) this.queueRoot(root);
  }

  queueRoot(root: Node): void {
    this.roots.push(root);
    this.kick();
  }

  queueText(node: Text): void {
    this.texts.add(node);
    this.kick();
  }

  /** Resolves once everything queued so far has been scanned. */
  whenIdle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  stop(): void {
    this.stopped = true;
    this.roots.length = 0;
    this.texts.clear();
    this.frames.length = 0;
  }

  /** Matches one text node now and updates store and highlights. */
  matchNode(node: Text, inOrder: boolean): void {
    const found = node.isConnected && node.data.length >= 2 ? this.find(node) : [];
    this.record(node, found, inOrder);
  }

  private async matchAny(
    node: Text,
    inOrder: boolean,
    overDeadline: OverDeadline,
    pause: () => Promise<void>,
  ) {
    if (node.data.length > SLICE_CHARS) await this.matchLongNode(node, inOrder, overDeadline, pause);
    else this.matchNode(node, inOrder);
  }

  /** Matches a very long text node slice by slice, cut at white space, yielding between slices. */
  private async matchLongNode(
    node: Text,
    inOrder: boolean,
    overDeadline: OverDeadline,
    pause: () => Promise<void>,
  ) {
    const found: FoundMention[] = [];
    const text = node.data;
    for (let from = 0; from < text.length;) {
      let to = Math.min(text.length, from + SLICE_CHARS);
      if (to < text.length) {
        const space = text.lastIndexOf(' ', to);
        if (space > from + SLICE_CHARS / 2) to = space;
      }
      for (const f of this.find(node, from, to)) found.push(f);
      from = to;
      if (overDeadline()) {
        await pause();
        if (!node.isConnected || node.data !== text) return; // changed meanwhile: it is queued again
      }
    }
    this.record(node, found, inOrder);
  }

  private record(node: Text, found: FoundMention[], inOrder: boolean): void {
    const mentions: Mention[] = found.map((f) => ({
      ...f,
      node,
      range: new StaticRange({
        startContainer: node,
        startOffset: f.start,
        endContainer: node,
        endOffset: f.end,
      }),
    }));
    const previous = this.deps.store.set(node, mentions, inOrder);
    if (previous.length === 0 && mentions.length === 0) return;
    this.batch.remove(previous);
    this.batch.add(mentions);
  }

  private kick(): void {
    if (this.stopped || this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private async drain(): Promise<void> {
    let deadline = performance.now() + this.sliceMs;
    let nextDraw = performance.now() + FIRST_DRAW_MS;
    let drawGap = FIRST_DRAW_MS;
    const overDeadline: OverDeadline = (reserveMs = 0) =>
      this.batch.stylesPending || performance.now() + reserveMs > deadline;
    let idle: IdlePeriod | undefined;
    const runs = new WorkRuns();
    // A document's first mention: its highlight styles go in alone, in an idle task of their own, and the
    // scan goes on in the idle time after the next frame, so that the frame in which the browser restyles the
    // page for them (37 ms on a large news page here) holds no slice of our scanning.
    const showStylesAlone = async (): Promise<IdlePeriod> => {
      await nextIdlePeriod(IDLE_WAIT_MS);
      this.batch.showStyles();
      await nextFrame();
      return nextIdlePeriod(IDLE_WAIT_MS);
    };
    const pause = async () => {
      if (this.batch.stylesPending) {
        idle = await runs.between(showStylesAlone);
      } else {
        if (performance.now() > nextDraw) {
          this.batch.flush();
          drawGap *= DRAW_GAP_GROWTH;
          nextDraw = performance.now() + drawGap;
        }
        // Slices run in the page's idle periods, which end before its next frame is due, so a scan never holds
        // up the page's rendering (a page still loading renders long frames of its own); between slices of
        // one period, input and the page's tasks still go first, and a run of slices back to back rests now
        // and then (see WorkRuns).
        idle = await runs.between(async () => {
          if (idle !== undefined && idle.timeRemaining() > 1) {
            await yieldToPage();
            return idle;
          }
          return nextIdlePeriod(IDLE_WAIT_MS);
        });
      }
      const room = idle.didTimeout ? this.sliceMs : Math.min(this.sliceMs, idle.timeRemaining());
      deadline = performance.now() + Math.min(room, runs.timeLeft());
    };
    try {
      for (;;) {
        await this.drainQueues(overDeadline, pause);
        if (this.stopped || !this.batch.stylesPending) break;
        // The last nodes held a document's first mention. What the page queues while its styles go in is
        // drained too: a queue that is not empty when this drain ends would wait for the next change.
        await runs.between(showStylesAlone);
      }
    } finally {
      this.batch.flush();
      this.deps.onDrawn?.();
    }
  }

  private async drainQueues(overDeadline: OverDeadline, pause: () => Promise<void>): Promise<void> {
    while (!this.stopped && (this.roots.length > 0 || this.texts.size > 0 || this.frames.length > 0)) {
      // A new matcher (first scan, settings changed) gets ready a piece per slice.
      while (!this.stopped && this.find.warmUp?.(() => !overDeadline())) await pause();
      for (const node of this.texts) {
        this.texts.delete(node);
        if (!isInsideSkipped(node)) await this.matchAny(node, false, overDeadline, pause);
        if (overDeadline()) await pause();
      }
      const generation = this.generation;
      for (let frame = this.frames.shift(); frame; frame = this.frames.shift()) {
        if (overDeadline(FRAME_ENTRY_MS)) await pause();
        if (this.stopped || generation !== this.generation) break;
        this.enterFrame(frame);
      }
      const root = this.roots.shift();
      if (root) await this.walk(root, overDeadline, pause);
    }
  }

  private async walk(root: Node, overDeadline: OverDeadline, pause: () => Promise<void>): Promise<void> {
    if (!root.isConnected) return;
    if (root.nodeType === Node.TEXT_NODE) return this.matchAny(root as Text, false, overDeadline, pause);
    if (root instanceof Element && isInsideSkipped(root)) return;
    // Only the very first walk meets nodes in document order; shadow roots and frames come after it.
    const inOrder = this.firstPass;
    this.firstPass = false;
    const doc = root.ownerDocument ?? (root as Document);
    // No filter callback: calling back into script for every node made the walk 50 times slower (measured
    // in Chromium on 10,000 paragraphs). Skipped subtrees are stepped over with nextSibling() instead.
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let count = 0;
    const generation = this.generation;
    let node = walker.nextNode();
    while (node && !this.stopped) {
      if (generation !== this.generation) return;
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (isSkippedElement(el)) {
          if (el.localName === 'iframe') this.frames.push(el as HTMLIFrameElement);
          node = nextOutside(walker);
          continue;
        }
        if (el.shadowRoot) this.enterShadow(el.shadowRoot);
      } else {
        const text = node as Text;
        // Only long nodes await: an await per node would add a microtask to every text node of the page.
        if (text.data.length > SLICE_CHARS) await this.matchLongNode(text, inOrder, overDeadline, pause);
        else this.matchNode(text, inOrder);
      }
      // Reading the clock every node would cost more than the matching of most nodes. Elements count too: on
      // a page of markup with little text between (a portal's menus, a feed's cards) the walk ran past its slice.
      if ((++count & 31) === 0 && overDeadline()) {
        await pause();
        if (!root.isConnected || !node.isConnected) return this.requeue(root, generation);
      }
      node = walker.nextNode();
    }
  }

  /** The page removed the node we stood on while we paused: walk the root again (matching is idempotent). */
  private requeue(root: Node, generation: number): void {
    if (generation === this.generation && root.isConnected) this.roots.push(root);
  }

  private enterShadow(shadow: ShadowRoot): void {
    this.deps.onNewRoot(shadow);
    this.roots.push(shadow);
  }

  private enterFrame(frame: HTMLIFrameElement): void {
    const doc = frameDocument(frame, this.deps.mayNameTopic);
    if (!doc?.documentElement) return;
    this.deps.onNewRoot(doc);
    this.roots.push(doc.documentElement);
  }
}

/** Moves the walker past the current node's subtree; returns the next node in document order, or null. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null; // back at the root: the walk is over
  }
}
