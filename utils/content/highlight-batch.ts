import type { Highlighter } from './highlighter';
import type { Mention } from './mention-store';

/**
 * Mentions waiting to be drawn. Adding ranges to a registered Highlight makes the browser revisit the whole
 * highlight, so adding them slice by slice during a long scan costs time that grows with the square of the
 * page; collecting them and drawing in a few batches keeps it linear.
 */
export class HighlightBatch {
  private readonly pending = new Map<Highlighter, Set<Mention>>();
  /** Whether a mention waits in a document whose highlight styles have not gone in yet (see showStyles). */
  stylesPending = false;

  constructor(private readonly highlighterFor: (doc: Document) => Highlighter | undefined) {}

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const h = this.highlighterFor(m.node.ownerDocument);
      if (!h) continue;
      if (h.stylesPending) this.stylesPending = true;
      let set = this.pending.get(h);
      if (!set) this.pending.set(h, (set = new Set()));
      set.add(m);
    }
  }

  /** Takes mentions off the page, drawn or still waiting. */
  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const h = this.highlighterFor(m.node.ownerDocument);
      if (h && !this.pending.get(h)?.delete(m)) h.remove([m]);
    }
  }

  /** Puts in the highlight styles of the documents whose mentions wait (see `Highlighter.showStyles`). */
  showStyles(): void {
    for (const h of this.pending.keys()) h.showStyles();
    this.stylesPending = false;
  }

  /** Draws everything waiting (with its styles, if they are not in yet). */
  flush(): void {
    this.showStyles();
    for (const [h, set] of this.pending) h.add([...set]);
    this.pending.clear();
  }

  /** Forgets what is waiting (a rescan starts over). */
  clear(): void {
    this.pending.clear();
    this.stylesPending = false;
  }
}
