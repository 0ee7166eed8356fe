// mark.js highlighting the same English names, as a site or extension using it would. Runs in the page
// after mark.min.js (serialised by toString), so it must not use anything from this module's scope.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The source of mark.js's minified build from node_modules. */
export function markjsSource() {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}

/**
 * Once the page has loaded (started by the bench like the floor, see floor.mjs):
 * `new Mark(document.body).mark(words)` with accuracy "exactly" (punctuation allowed
 * around a name) and separateWordSearch off, then one painted frame; later additions are marked from a
 * MutationObserver. Publishes `window.benchDone`, a promise of { count, start, end } (page clock).
 */
export function markjsScript({ words }) {
  let resolveDone;
  window.benchDone = new Promise((resolve) => (resolveDone = resolve));
  const options = {
    accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '’', '-'] },
    separateWordSearch: false,
    exclude: ['script', 'style', 'noscript', 'template', 'textarea', 'code', 'pre'],
  };
  const markIn = (root) =>
    new Promise((resolve) =>
      new window.Mark(root).mark(words, { ...options, done: (total) => resolve(total) }),
    );

  window.benchStart = async () => {
    const start = performance.now();
    const count = await markIn(document.body);
    // mark.js wraps names in <mark> elements; ignore those insertions, mark only what the page adds.
    const observer = new MutationObserver(async (records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeName !== 'MARK');
      observer.disconnect();
      for (const node of added) if (node.isConnected) await markIn(node);
      observer.takeRecords();
      observer.observe(document.body, { childList: true, subtree: true });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    requestAnimationFrame(() => resolveDone({ count, start, end: performance.now() }));
  };
}
