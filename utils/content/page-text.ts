/**
 * The text a page's ambiguous names are read against as a whole (which SWIFT a page means, which Moscow): the
 * article a text node is in, or the whole page when it has none, with the page's title. At most PAGE_CHARS of
 * it are read, around the node: on a feed or a single-page app that keeps adding articles, a new one is read
 * where it stands, not from the top of the page. Read only when an ambiguous name needs it, and kept until the
 * page changes: a page's sense does not change from one paragraph to the next.
 */

/** Enough for any article; a huge page is read this far around the node. */
const PAGE_CHARS = 30_000;
/** Elements whose text is never the page's prose. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'textarea']);

interface Reading {
  text: string;
  /** The first and last text nodes read: a node between them gets the same text. */
  first: Node;
  last: Node;
  version: number;
}

const read = new WeakMap<Node, Reading>();
/** Counts the page's changes; a reading from before the last one is read again. */
let version = 0;

/** The page changed (nodes added, removed or edited): its text is read again when next needed. */
export function pageChanged(): void {
  version += 1;
}

/** The article (or main part) holding `node`, else its document's body. */
function discourseRoot(node: Node): Node {
  return node.parentElement?.closest('article, main, [role="main"]') ?? node.ownerDocument?.body ?? node;
}

/** Whether a text node is the page's prose rather than a script's, a style's or a form field's text. */
const isProse = (text: Text) => !NOT_PROSE.has(text.parentElement?.localName ?? '');

function holds(reading: Reading, node: Node): boolean {
  if (node === reading.first || node === reading.last) return true;
  const afterFirst = reading.first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
  const beforeLast = reading.last.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
  return afterFirst !== 0 && beforeLast !== 0;
}

/** The title and up to PAGE_CHARS of the prose under `root` around `node`: half before it, the rest after. */
function readAround(root: Node, node: Text): Reading {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const before: string[] = [];
  let size = 0;
  let first: Node = node;
  walker.currentNode = node;
  // The walker shows text nodes only.
  const previous = () => walker.previousNode() as Text | null;
  const next = () => walker.nextNode() as Text | null;
  for (let n = previous(); n !== null && size < PAGE_CHARS / 2; n = previous()) {
    if (!isProse(n)) continue;
    before.push(n.data);
    size += n.data.length;
    first = n;
  }
  const after: string[] = [];
  let last: Node = node;
  walker.currentNode = node;
  for (let n: Text | null = node; n !== null && size < PAGE_CHARS; n = next()) {
    if (!isProse(n)) continue;
    after.push(n.data);
    size += n.data.length;
    last = n;
  }
  const prose = `${before.reverse().join(' ')} ${after.join(' ')}`.slice(0, PAGE_CHARS);
  return { text: `${doc.title}\n${prose}`, first, last, version };
}

/** The text of the page (or the article) around `node`: the same string for the nodes near it, until it changes. */
export function pageTextOf(node: Text): string {
  const root = discourseRoot(node);
  const kept = read.get(root);
  if (kept !== undefined && kept.version === version && holds(kept, node)) return kept.text;
  const reading = readAround(root, node);
  read.set(root, reading);
  return reading.text;
}
