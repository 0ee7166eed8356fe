/**
 * Fixed phrases in which an unambiguous-looking alias names something else: "montaña rusa" is a roller
 * coaster, "Russian roulette" a game, 俄罗斯方块 Tetris, and places named after Russia are not Russia: the
 * Russian River and Russian Hill in California (also "el río Russian" in Spanish). Checked for every match, so each test is a cheap
 * anchored regex on a few characters, and only for the alias keys listed here.
 */
import { lazy } from '../lazy';

interface FixedPhrase {
  /** Alias keys (see `foldKey`) the phrase applies to. */
  keys: string[];
  /** Matched against up to 30 characters before the alias. */
  before?: RegExp;
  /** Matched against up to 30 characters after the alias. */
  after?: RegExp;
}

// Built on first use: regex literals with `u` cost their compile at evaluation (see lazy).
const phrasesByKey = lazy(() =>
  byKey([
    { keys: ['rusa', 'rusas'], before: /(?:montañas?|ensaladilla|ruleta)\s+$/iu },
    { keys: ['ruso', 'rusos'], before: /filetes?\s+$/iu },
    {
      keys: ['russian'],
      after:
        /^\s+(?:roulette|dolls?|dressing|salad|blue|tea\s+cakes?|thistle|olive)(?![a-z0-9\u00C0-\u024F])/iu,
    },
    // Capitalised as names are: "a Russian hill town" is still Russian.
    { keys: ['russian'], after: /^\s+(?:River|Hill|Gulch|RIVER|HILL)(?![A-Za-z0-9\u00C0-\u024F])/u },
    { keys: ['russian'], before: /(?:r[ií]o|rivière|fiume|rivier)\s+$/iu },
    { keys: ['rus'], before: /(?:kievan|kyivan|kiev|kyiv)\s+$/iu },
    { keys: ['russe', 'russes'], before: /(?:montagnes?|roulette|poupées?|salade)\s+$/iu },
    {
      keys: ['russisches', 'russische', 'russischen'],
      after: /^\s+(?:roulette|eier?)(?![a-z0-9\u00C0-\u024F])/iu,
    },
    { keys: ['俄罗斯', '俄羅斯'], after: /^(?:方块|方塊|轮盘|輪盤|套娃)/u },
  ]),
);

function byKey(phrases: readonly FixedPhrase[]): Map<string, FixedPhrase[]> {
  const map = new Map<string, FixedPhrase[]>();
  for (const phrase of phrases) {
    for (const key of phrase.keys) map.set(key, [...(map.get(key) ?? []), phrase]);
  }
  return map;
}

/** True when the match of alias key `key` at [start, end) of `text` is part of a fixed phrase about something else. */
export function isFixedPhrase(key: string, text: string, start: number, end: number): boolean {
  const phrases = phrasesByKey().get(key);
  if (phrases === undefined) return false;
  return phrases.some(
    (p) =>
      (p.before?.test(text.slice(Math.max(0, start - 30), start)) ?? false) ||
      (p.after?.test(text.slice(end, end + 30)) ?? false),
  );
}
