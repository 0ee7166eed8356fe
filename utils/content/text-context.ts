/** Elements whose text forms one unit of reading. */
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'figcaption',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'main',
  'aside',
  'header',
  'footer',
  'body',
  'div',
  'summary',
]);
const MAX_BLOCK = 4000;

/** The nearest block element around `node` (the paragraph a reader sees it in). */
export function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCKS.has(el.localName)) return el;
  }
  return node.parentElement;
}

/** Where `node`'s text starts within the text of `block`. */
function offsetInBlock(block: Element, node: Text): number {
  let offset = 0;
  const walker = node.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t && t !== node; t = walker.nextNode()) offset += (t as Text).data.length;
  return offset;
}

/**
 * The paragraph around `node` and where the node's text starts in it, trimmed to a window around the node
 * so a giant container costs little. Asked for only when an ambiguous name needs its context.
 */
export function blockContextOf(node: Text): { text: string; offset: number } {
  const block = blockOf(node);
  if (!block) return { text: node.data, offset: 0 };
  const full = block.textContent ?? '';
  const offset = offsetInBlock(block, node);
  if (full.length <= MAX_BLOCK) return { text: full, offset };
  const from = Math.max(0, offset - MAX_BLOCK / 2);
  return { text: full.slice(from, offset + node.data.length + MAX_BLOCK / 2), offset: offset - from };
}

/**
 * The sentence holding [start, end) of `node`'s text, read from its block, plus the whole block.
 * Sentences end at . ! ? 。 ！ ？ ؟ followed by space or the end.
 */
export function sentenceAround(node: Text, start: number): { sentence: string; paragraph: string } {
  const block = blockOf(node);
  const paragraph = (block?.textContent ?? node.data).replace(/\s+/g, ' ').trim();
  const full = block?.textContent ?? node.data;
  const offset = start + (block ? offsetInBlock(block, node) : 0);
  const before = full.slice(0, offset);
  const after = full.slice(offset);
  const startIdx =
    Math.max(...['. ', '! ', '? ', '。', '！', '？', '؟ ', '\n'].map((s) => before.lastIndexOf(s))) + 1;
  const endMatch = after.search(/[.!?。！？؟](\s|$)/);
  const sentence = full.slice(startIdx, endMatch < 0 ? full.length : offset + endMatch + 1);
  return {
    sentence: sentence.replace(/\s+/g, ' ').trim().slice(0, 1000),
    paragraph: paragraph.slice(0, MAX_BLOCK),
  };
}
