import type { Language, TopicId } from '../../data/constants';
import type { ContextRule } from '../../data/schema';
import type { Evidence } from '../matching/evidence';

/** What was matched and what decided it: the alias's language and, for an ambiguous name, its rule and evidence. */
export interface MentionWhy {
  lang: Language;
  rule?: ContextRule;
  evidence?: Evidence;
}

/** One highlighted mention: where it is, and what it is. */
export interface Mention {
  node: Text;
  start: number;
  end: number;
  topic: TopicId;
  /** The page text as matched. */
  text: string;
  /** Why it counts, for the card's "why" line. */
  why: MentionWhy;
  range: StaticRange;
}

/**
 * Every mention on the page, indexed by its text node (for hit-testing) and available in document order
 * (for the page-mentions answer and keyboard stepping). Order is recomputed lazily, only after changes.
 */
export class MentionStore {
  private readonly byNode = new Map<Text, Mention[]>();
  private ordered: Mention[] | undefined = [];
  /** True while every node was added in document order (the first scan), so no sort is needed. */
  private appendOnly = true;
  private total = 0;

  /** The mentions in `node`, in text order. */
  inNode(node: Text): readonly Mention[] | undefined {
    return this.byNode.get(node);
  }

  /** How many mentions the store holds (kept as they come and go: the badge asks after every scan). */
  get count(): number {
    return this.total;
  }

  /** Replaces the mentions of `node`; returns the ones it had. */
  set(node: Text, mentions: Mention[], inDocumentOrder: boolean): Mention[] {
    const previous = this.byNode.get(node) ?? [];
    this.total += mentions.length - previous.length;
    if (mentions.length === 0) this.byNode.delete(node);
    else {
      if (previous.length > 0) this.byNode.delete(node);
      this.byNode.set(node, mentions);
    }
    if (!inDocumentOrder || previous.length > 0) this.appendOnly = false;
    this.ordered = undefined;
    return previous;
  }

  /** All nodes that hold mentions. */
  nodes(): IterableIterator<Text> {
    return this.byNode.keys();
  }

  /** Removes everything and returns what was there. */
  clear(): Mention[] {
    const all = [...this.byNode.values()].flat();
    this.byNode.clear();
    this.total = 0;
    this.ordered = [];
    this.appendOnly = true;
    return all;
  }

  /** Every mention in document order (shadow roots and frames placed where their host stands). */
  all(): readonly Mention[] {
    if (!this.ordered) {
      const nodes = [...this.byNode.keys()];
      if (!this.appendOnly) nodes.sort(compareComposed);
      this.ordered = nodes.flatMap((n) => this.byNode.get(n)!);
    }
    return this.ordered;
  }
}

/** The chain of nodes from the top document down to `node`, hopping out of shadow roots and frames. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let current: Node = node; ;) {
    const root = current.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : (root as Document).defaultView?.frameElement;
    if (!host) return chain.reverse();
    chain.push(host);
    current = host;
  }
}

/** Orders two nodes as a reader meets them, across shadow roots and same-origin frames. */
export function compareComposed(a: Node, b: Node): number {
  const ca = hostChain(a);
  const cb = hostChain(b);
  let i = 0;
  while (i < ca.length - 1 && i < cb.length - 1 && ca[i] === cb[i]) i++;
  const x = ca[i]!;
  const y = cb[i]!;
  if (x === y) return 0;
  const pos = x.compareDocumentPosition(y);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING || pos & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING || pos & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return 0;
}
