/**
 * A value built on its first use and kept. The content script is evaluated on every page a person opens, while
 * the page is still starting; anything built at evaluation (Unicode-property regexes above all, which load
 * property tables) delays the page, whereas the first use comes later, in idle time, and often never.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
