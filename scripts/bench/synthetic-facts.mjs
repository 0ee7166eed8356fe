// A large, varied fact base for the popup's search: facts shaped like the bundled ones.
import { MENTION_SENTENCES, fillerParagraph, seededRandom } from './corpus.mjs';

const TOPICS = ['iran', 'russia', 'putin', 'bushehr', 'swift'];
const KINDS = ['event', 'statement', 'assessment'];
const CATEGORIES = ['economy', 'finance', 'military', 'nuclear', 'diplomacy', 'history'];
const KEYWORDS = [
  'sanctions',
  'oil',
  'trade',
  'reactor',
  'payments',
  'drones',
  'grain',
  'rouble',
  'talks',
  'gas',
];

/**
 * `count` facts with ids `bench-<n>`: a news sentence plus a filler sentence (at most 300 characters), one or
 * two topics, a date on most, keywords and one source. `sources[0].articleId` holds an index that the
 * loader replaces with a real article id.
 */
export function syntheticFacts(count, seed = 5000) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const text = `${pick(MENTION_SENTENCES)} ${fillerParagraph(random, 1)}`.slice(0, 300);
    const topics = [...new Set([pick(TOPICS), pick(TOPICS)])];
    const year = 1995 + Math.floor(random() * 30);
    return {
      id: `bench-${i}`,
      topics,
      text,
      ...(random() < 0.8 ? { date: { label: String(year), sortKey: String(year) } } : {}),
      kind: pick(KINDS),
      category: pick(CATEGORIES),
      keywords: [pick(KEYWORDS), pick(KEYWORDS)],
      sources: [{ articleId: i, quote: text.split(' ').slice(0, 12).join(' ') }],
    };
  });
}
