/**
 * The text a page's ambiguous names are read against as a whole (which SWIFT a page means, which Moscow): the
 * article a text node is in, or the whole page when it has none, with the page's title. Read only when an
 * ambiguous name needs it, at most PAGE_CHARS of it, and kept for a while: a page's sense does not change
 * from one paragraph to the next, and pages that keep adding content get read again now and then.
 */

/** Enough for any article; a huge page is read only this far. */
const PAGE_CHARS = 30_000;
/** How long one reading of a page's text is used for its names. */
const KEEP_MS = 10_000;
/** Elements whose text is never the page's prose. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

const read = new WeakMap<Node, { text: string; at: number }>();

/** The article (or main part) holding `node`, else its document's body. */
function discourseRoot(node: Node): Node {
  return node.parentElement?.closest('article, main, [role="main"]') ?? node.ownerDocument?.body ?? node;
}

/** The title and up to PAGE_CHARS of the prose text under `root`. */
function textOf(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  let text = `${doc.title}\n`;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null && text.length < PAGE_CHARS; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) text += `${(n as Text).data} `;
    else if (NOT_PROSE.has((n as Element).localName)) skipSubtree(walker);
  }
  return text.slice(0, PAGE_CHARS);
}

function skipSubtree(walker: TreeWalker): void {
  let last = walker.currentNode;
  while (last.lastChild !== null) last = last.lastChild;
  walker.currentNode = last;
}

/** The text of the page (or the article) around `node`: the same string for every node there, for a while. */
export function pageTextOf(node: Node, now: number = performance.now()): string {
  const root = discourseRoot(node);
  const kept = read.get(root);
  if (kept !== undefined && now - kept.at < KEEP_MS) return kept.text;
  const text = textOf(root);
  read.set(root, { text, at: now });
  return text;
}
