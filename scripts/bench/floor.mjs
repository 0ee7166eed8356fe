// The floor: the least work that finds the same names and shows them. Runs in the page (serialised by
// toString), so it must not use anything from this module's scope.
/* global Highlight */

/**
 * Once the page has loaded (the bench calls `window.benchStart()` right after it has read the main-thread
 * time at the load event, so this work counts in the after-load figures, as the extension's does): one
 * TreeWalker over text nodes, one combined regular expression, every match registered
 * in one CSS highlight, then one painted frame. Later additions (infinite scroll) are handled the same way
 * from a MutationObserver. Publishes `window.benchDone`, a promise of { count, start, end } (page clock).
 */
export function floorScript({ source, flags }) {
  const skip = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'code', 'pre']);
  let resolveDone;
  window.benchDone = new Promise((resolve) => (resolveDone = resolve));
  const re = new RegExp(source, flags);
  const highlight = new Highlight();

  const scan = (root) => {
    let count = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType !== Node.TEXT_NODE || skip.has(node.parentNode?.localName)) continue;
      for (const m of node.data.matchAll(re)) {
        highlight.add(
          new StaticRange({
            startContainer: node,
            startOffset: m.index,
            endContainer: node,
            endOffset: m.index + m[0].length,
          }),
        );
        count += 1;
      }
    }
    return count;
  };

  window.benchStart = () => {
    const start = performance.now();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(floor) { text-decoration: underline 2px #d0455b; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const count = scan(document.body);
    CSS.highlights.set('floor', highlight);
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) scan(n);
    }).observe(document.body, { childList: true, subtree: true });
    requestAnimationFrame(() => resolveDone({ count, start, end: performance.now() }));
  };
}
