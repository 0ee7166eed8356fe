import type { Language } from '../../data/constants';
import * as governmentWords from './context-vocab';
import * as financeWords from './finance-vocab';
import { scriptGroup, type ScriptGroup } from './alias-regex';
import type { AliasTable } from './alias-table';
import { packAliasTable, unpackAliasTable } from './alias-table-codec';
import { VOCAB_NAMES, type PackedVocab, type Vocab } from './vocab-names';

/**
 * Build time only: splits the alias table and the context rules' word lists by script group. The page app
 * carries the Latin-script part; each other group is a module of its own that a page loads only once it holds
 * text in that script (see utils/content/script-groups.ts).
 */

/** Every word list as its source files hold it, all scripts together. */
export function vocabSource(): Vocab {
  const g = governmentWords;
  const f = financeWords;
  return {
    capitals: g.CAPITALS,
    govVerbStems: g.GOV_VERB_STEMS,
    govExactWords: g.GOV_EXACT_WORDS,
    placeBefore: g.PLACE_BEFORE,
    placeAfter: g.PLACE_AFTER,
    govBefore: g.GOV_BEFORE,
    govAfterPrefix: g.GOV_AFTER_PREFIX,
    ...f.FINANCE_STEMS,
    financeVetoAfter: f.FINANCE_VETO_AFTER,
    financeVetoBefore: f.FINANCE_VETO_BEFORE,
    otherSwiftStems: f.OTHER_SWIFT_STEMS,
    iranNames: f.IRAN_NAME_STEMS,
    russiaNames: f.RUSSIA_NAME_STEMS,
  };
}

/** The script group of a word-list entry, from its first letter ("-сити" is Cyrillic, "'da" Latin). */
function entryGroup(entry: string): ScriptGroup {
  const letter = /\p{L}/u.exec(entry)?.[0];
  return letter === undefined ? 'word' : scriptGroup(letter);
}

/** The entries of `script` in every list, each list joined by '|' (empty lists left out). */
export function vocabPart(all: Vocab, script: ScriptGroup): PackedVocab {
  const part: PackedVocab = {};
  for (const name of VOCAB_NAMES) {
    const entries = all[name].filter((entry) => entryGroup(entry) === script);
    if (entries.some((entry) => entry.includes('|'))) throw new Error(`A word holds '|': ${name}`);
    if (entries.length > 0) part[name] = entries.join('|');
  }
  return part;
}

/** The part of `table` written in `script`: its keys and its pattern. */
export function tablePart(table: AliasTable, script: ScriptGroup): AliasTable {
  const keys = Object.fromEntries(Object.entries(table.keys).filter(([key]) => scriptGroup(key) === script));
  return { patterns: table.patterns.filter((p) => p.script === script), keys };
}

/** The script groups other than Latin that have aliases, in the table's order. */
export const otherGroups = (table: AliasTable): ScriptGroup[] =>
  table.patterns.map((p) => p.script).filter((script) => script !== 'word');

/** The languages whose aliases are written in `script`. */
function languagesOf(part: AliasTable): Language[] {
  const languages = new Set<Language>();
  for (const candidates of Object.values(part.keys)) for (const c of candidates) languages.add(c.alias.lang);
  return [...languages];
}

const HEADER =
  '// Generated at build time from data/aliases.ts and the word lists (see script-group-build.ts). Do not edit.';

/** The module of the page app's Latin-script word lists. */
export function latinVocabModule(all: Vocab): string {
  return [
    HEADER,
    `export const LATIN_VOCAB = ${JSON.stringify(JSON.stringify(vocabPart(all, 'word')))};`,
    '',
  ].join('\n');
}

/**
 * The module of every other script group's data (one export each, so each group's bundle holds its own) and
 * of which languages each group serves (the page app skips a group whose languages are all switched off).
 */
export function scriptGroupsModule(table: AliasTable, all: Vocab): string {
  const lines = [
    HEADER,
    "import type { Language } from '../../data/constants';",
    "import type { ScriptGroup } from './alias-regex';",
    '',
  ];
  const languages: Partial<Record<ScriptGroup, Language[]>> = {};
  for (const script of otherGroups(table)) {
    const part = tablePart(table, script);
    const packed = packAliasTable(part);
    const keysBack = Object.keys(unpackAliasTable(packed).keys).join('\n');
    if (keysBack !== Object.keys(part.keys).join('\n'))
      throw new Error(`The ${script} table does not unpack`);
    languages[script] = languagesOf(part);
    lines.push(
      `export const ${script} = ${JSON.stringify(JSON.stringify({ table: packed, vocab: vocabPart(all, script) }))};`,
    );
  }
  lines.push(
    '',
    `export const SCRIPT_GROUP_LANGUAGES: Partial<Record<ScriptGroup, Language[]>> = ${JSON.stringify(languages)};`,
    '',
  );
  return lines.join('\n');
}
