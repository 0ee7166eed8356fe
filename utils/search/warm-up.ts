/**
 * Queries searched once, for nobody, right after a small index is built: the first runs of the search code
 * in a page are several times slower than later ones, and those first runs should not be the reader's first
 * keystrokes. Short and long words, one and two, a typo. A large index needs none: its first search runs the
 * same code thousands of times.
 */
export const WARM_UP_QUERIES = ['a', 'ir', 'sanctons', 'nuclear plant', 'bushehr', 'pu'];

/** Up to this many facts an index is warmed up. */
export const WARM_UP_MAX_FACTS = 1000;
