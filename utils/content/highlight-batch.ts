import type { Highlighter } from './highlighter';
import type { Mention } from './mention-store';

/**
 * Mentions waiting to be drawn. Adding ranges to a registered Highlight makes the browser revisit the whole
 * highlight, so adding them slice by slice during a long scan costs time that grows with the square of the
 * page; collecting them and drawing in a few batches keeps it linear.
 */
export class HighlightBatch {
  private readonly pending = new Map<Highlighter, Set<Mention>>();

  constructor(private readonly highlighterFor: (doc: Document) => Highlighter | undefined) {}

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const h = this.highlighterFor(m.node.ownerDocument);
      if (!h) continue;
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

  /** Draws everything waiting. */
  flush(): void {
    for (const [h, set] of this.pending) h.add([...set]);
    this.pending.clear();
  }

  /** Forgets what is waiting (a rescan starts over). */
  clear(): void {
    this.pending.clear();
  }
}
