import { TOPIC_IDS, type Language } from '../../data/constants';
import type { Alias, ContextRule } from '../../data/schema';
import { groupSource, scriptGroup, type AliasPattern, type ScriptGroup } from './alias-regex';
import type { AliasTable, Candidate } from './alias-table';
import { foldKey } from './normalize';
import { lazy } from '../lazy';

/**
 * The alias table as the page app carries it (every page that names a topic loads it). Written out, each
 * alias appeared three times: in the regex, as its folded key and in its alias object with topic and
 * language. Packed, it is one word in a run of aliases of the same topic, languages and rule, its key is its
 * lower case (folded in full only where letters need it: Arabic script, İ, apostrophes), and the regexes are
 * built from the keys at first use: the Latin-script one when the page's matcher is made (about 2 ms, in a
 * piece of its own), each other script's only on a page holding text in that script (a tenth of a ms each).
 * Shipping the built regexes cost 2.4 KB gzipped more.
 */
export interface PackedTable {
  /** The script groups with aliases and their regexes' flags, in the table's order. */
  scripts: Array<[ScriptGroup, string]>;
  /**
   * [topic index, languages (space-separated), caseSensitive (0/1), context rule or '', texts joined by '|'],
   * one text for several languages or several texts for one.
   */
  runs: Array<[number, string, 0 | 1, ContextRule | '', string]>;
}
type Run = PackedTable['runs'][number];

/** Letters `foldKey` does more to than lower-case them; for the rest, the key is cheaper to compute. */
const FOLDED_LETTERS = /[\u0130\u0600-\u06FF'\u2018\u2019\u02BC]/;
const keyOf = (text: string) =>
  FOLDED_LETTERS.test(text) ? foldKey(text) : text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Adds one candidate to the last run when it fits there (same topic, rule, and text or language). */
function extend(last: Run | undefined, run: Run): boolean {
  if (last === undefined || last[0] !== run[0] || last[2] !== run[2] || last[3] !== run[3]) return false;
  const oneText = !last[4].includes('|');
  const oneLanguage = !last[1].includes(' ');
  if (oneText && last[4] === run[4]) last[1] += ` ${run[1]}`;
  else if (oneLanguage && last[1] === run[1]) last[4] += `|${run[4]}`;
  else return false;
  return true;
}

/**
 * Within a run, an alias that starts like the one before it is written as how many letters it shares with it
 * (one digit, 2 to 9) and the rest: "Ирана" after "Иран" is "4а". No alias starts with a digit.
 */
function frontCode(texts: string): string {
  let previous = '';
  return texts
    .split('|')
    .map((text) => {
      let shared = 0;
      while (shared < 9 && shared < text.length - 1 && text[shared] === previous[shared]) shared++;
      previous = text;
      return shared >= 2 ? `${shared}${text.slice(shared)}` : text;
    })
    .join('|');
}

function frontDecode(texts: string): string[] {
  let previous = '';
  return texts.split('|').map((item) => {
    const shared = item.charCodeAt(0) - 48;
    previous = shared >= 2 && shared <= 9 ? previous.slice(0, shared) + item.slice(1) : item;
    return previous;
  });
}

/** Packs a table (see `buildAliasTable`) for the generated module. */
export function packAliasTable(table: AliasTable): PackedTable {
  const runs: Run[] = [];
  for (const [key, candidates] of Object.entries(table.keys)) {
    for (const { topic, alias } of candidates) {
      if (/[| ]/.test(alias.lang) || /^\d|\|/.test(alias.text) || keyOf(alias.text) !== key)
        throw new Error(`Cannot pack the alias ${alias.text}`);
      const run: Run = [
        TOPIC_IDS.indexOf(topic),
        alias.lang,
        alias.caseSensitive ? 1 : 0,
        alias.context ?? '',
        alias.text,
      ];
      if (!extend(runs.at(-1), run)) runs.push(run);
    }
  }
  const scripts = table.patterns.map((p): [ScriptGroup, string] => [p.script, p.flags]);
  for (const run of runs) run[4] = frontCode(run[4]);
  return { scripts, runs };
}

/** A pattern whose source is built from `keys()` the first time it is read. */
function lazyPattern(script: ScriptGroup, flags: string, keys: () => readonly string[]): AliasPattern {
  const source = lazy(() => groupSource(script, keys()));
  return {
    script,
    flags,
    get source() {
      return source();
    },
  };
}

/** The table a packed one stands for, candidates in the same order. */
export function unpackAliasTable(packed: PackedTable): AliasTable {
  const keys: AliasTable['keys'] = {};
  for (const [topicIndex, languages, caseSensitive, context, texts] of packed.runs) {
    const topic = TOPIC_IDS[topicIndex]!;
    for (const text of frontDecode(texts)) {
      for (const lang of languages.split(' ') as Language[]) {
        const alias: Alias = { text, lang };
        if (caseSensitive) alias.caseSensitive = true;
        if (context) alias.context = context;
        const candidate: Candidate = { topic, alias };
        (keys[keyOf(text)] ??= []).push(candidate);
      }
    }
  }
  const byScript = lazy(() => {
    const groups = new Map<ScriptGroup, string[]>();
    for (const key of Object.keys(keys)) {
      const script = scriptGroup(key);
      const list = groups.get(script);
      if (list === undefined) groups.set(script, [key]);
      else list.push(key);
    }
    return groups;
  });
  const patterns = packed.scripts.map(([script, flags]) =>
    lazyPattern(script, flags, () => byScript().get(script) ?? []),
  );
  return { patterns, keys };
}
