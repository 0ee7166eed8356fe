/** Tag of the element that hosts our card; the scanner never reads inside it. */
export const CARD_HOST_TAG = 'backstory-card';

/**
 * Elements whose text is not prose a reader reads: code, scripts, form fields and editors. Names are
 * lower-case `localName`s, which also holds for XHTML and SVG documents.
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'iframe',
  'object',
  'canvas',
  'math',
  'head',
  'title',
  CARD_HOST_TAG,
]);

/** True when nothing inside `el` may be scanned or highlighted. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (!el.hasAttributes()) return false; // most elements: no attribute to look at
  // Editors: highlighting is harmless there, but a reader typing does not want it, and rich editors
  // (ProseMirror, CodeMirror, Slate ...) all mark their root with one of these.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'code' || el.hasAttribute('data-backstory-ignore');
}

/** True when `node` sits inside a skipped element of its own tree (used for mutation targets). */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}
