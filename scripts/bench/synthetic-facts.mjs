// A large, varied fact base for the popup's search: facts in the current schema (data/schema.ts), shaped and
// mixed like the bundled ones, so that rendering a synthetic hit costs what rendering a real one does.
import { MENTION_SENTENCES, fillerParagraph, seededRandom } from './corpus.mjs';

const TOPICS = ['iran', 'russia', 'putin', 'bushehr', 'swift'];
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
/** Invented people: the real base names officials and analysts, with their office. */
const SPEAKERS = [
  { name: 'Anna Sokolova', role: 'deputy foreign minister' },
  { name: 'Reza Karimi', role: 'central bank governor' },
  { name: 'Daniel Weber', role: 'energy analyst at a European think tank' },
  { name: 'Leila Moradi', role: 'government spokesperson' },
  { name: 'Pavel Orlov', role: 'head of the state nuclear company' },
  { name: 'Sarah Collins', role: 'sanctions official' },
];
const PUBLISHERS = ['Reuters', 'Associated Press', 'BBC News', 'Financial Times', 'TASS', 'Al Jazeera'];

/**
 * Kinds as the bundled base mixes them (about half events, most of the rest statements). The article's own
 * views are left out: they cite a seed article, whose ids the bench does not know.
 */
const KINDS = [
  ...Array(50).fill('event'),
  ...Array(40).fill('statement'),
  ...Array(5).fill('claim'),
  ...Array(5).fill('analysis'),
];

/**
 * `count` facts with ids `bench-<n>`, as the bundled ones are (their averages in brackets): a news sentence plus
 * filler (230 characters), two topics on most (2.2), a date on most (93 %), day, month or year, sometimes a
 * period; a speaker with an office on statements, claims and analyses; two keywords; one to three published
 * sources (1.7), each dated; now and then two versions of a disputed fact (5 %). Every source is a published
 * page, as 94 % of the bundled ones are: a seed article's passage needs an article id the bench does not know.
 */
export function syntheticFacts(count, seed = 5000) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const day = () => String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const month = () => String(1 + Math.floor(random() * 12)).padStart(2, '0');
  /** An ISO date as precise as the bundled facts' usually are: a day, else a month, else a year. */
  const isoDate = (year) => {
    const precision = random();
    if (precision < 0.6) return `${year}-${month()}-${day()}`;
    return precision < 0.9 ? `${year}-${month()}` : String(year);
  };
  return Array.from({ length: count }, (_, i) => {
    const text = wholeWords(`${pick(MENTION_SENTENCES)} ${fillerParagraph(random)}`, 300);
    const topics = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)])].slice(0, random() < 0.8 ? 2 : 1);
    const kind = pick(KINDS);
    const year = 1995 + Math.floor(random() * 30);
    const date = random() < 0.93 ? isoDate(year) : undefined;
    const sourceCount = random() < 0.4 ? 1 : random() < 0.8 ? 2 : 3;
    const sources = Array.from({ length: sourceCount }, (_, n) => ({
      publisher: pick(PUBLISHERS),
      title: pick(MENTION_SENTENCES).replace(/\.$/, ''),
      url: `https://news.example.com/${year}/bench-${i}-${n}`,
      published: isoDate(year),
      checked: '2026-12-06',
    }));
    return {
      id: `bench-${i}`,
      topics,
      category: pick(CATEGORIES),
      kind,
      ...(kind === 'event' ? {} : { speaker: pick(SPEAKERS) }),
      ...(date === undefined ? {} : { date }),
      ...(date !== undefined && random() < 0.05 ? { until: String(year + 1) } : {}),
      text,
      keywords: [...new Set([pick(KEYWORDS), pick(KEYWORDS)])],
      sources,
      ...(sourceCount > 1 && random() < 0.1
        ? {
            disputed: [
              { version: 'As the first source reports it', sources: [0] },
              { version: 'As the second source reports it', sources: [1] },
            ],
          }
        : {}),
    };
  });
}

/** `text` cut to at most `max` characters at a word's end. */
function wholeWords(text, max) {
  if (text.length <= max) return text;
  return text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, '');
}
