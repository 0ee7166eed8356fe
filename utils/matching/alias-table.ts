import type { TopicId } from '../../data/constants';
import type { Alias } from '../../data/schema';
import { aliasPatterns, type AliasPattern } from './alias-regex';
import { hintPattern } from './topic-hint';
import { foldKey } from './normalize';
import { packAliasTable, unpackAliasTable } from './alias-table-codec';

/** Aliases per topic, as `data/aliases.ts` holds them. */
export type AliasesByTopic = Readonly<Partial<Record<TopicId, readonly Alias[]>>>;

/** An alias a folded key stands for, with its topic. */
export interface Candidate {
  topic: TopicId;
  alias: Alias;
}

/**
 * Everything the matcher compiles from the aliases: the regexes' sources and, per folded key, the aliases it
 * stands for, in the aliases' order. Computed at build time (see `alias-table.generated.ts`), so a page never
 * pays for folding the aliases and building the trie, and carries the table instead of the alias list.
 */
export interface AliasTable {
  patterns: AliasPattern[];
  keys: Record<string, Candidate[]>;
}

/** Folds every alias and builds the regex source: the work a page would otherwise do before its first match. */
export function buildAliasTable(aliases: AliasesByTopic): AliasTable {
  const keys: AliasTable['keys'] = {};
  for (const [topic, list] of Object.entries(aliases) as Array<[TopicId, readonly Alias[] | undefined]>) {
    for (const alias of list ?? []) {
      const key = foldKey(alias.text);
      if (key !== '') (keys[key] ??= []).push({ topic, alias });
    }
  }
  return { patterns: aliasPatterns(Object.keys(keys)), keys };
}

/** The table as text with every alias's fields in one order, to compare two tables. */
function tableText(table: AliasTable): string {
  const ordered = Object.entries(table.keys).map(([key, candidates]) => [
    key,
    candidates.map(({ topic, alias }) => [topic, alias.text, alias.lang, alias.caseSensitive, alias.context]),
  ]);
  const patterns = table.patterns.map((p) => [p.script, p.source, p.flags]);
  return JSON.stringify([patterns, ordered]);
}

/**
 * The TypeScript module the build writes for `table`: the table packed (see alias-table-codec.ts) as JSON,
 * unpacked at first use. Throws when unpacking would not give the same table back.
 */
export function aliasTableModule(table: AliasTable): string {
  const packed = packAliasTable(table);
  if (tableText(unpackAliasTable(packed)) !== tableText(table))
    throw new Error('The packed alias table does not unpack to itself');
  return [
    '// Generated at build time from data/aliases.ts (see utils/matching/alias-table.ts). Do not edit.',
    "import type { AliasTable } from './alias-table';",
    "import { unpackAliasTable, type PackedTable } from './alias-table-codec';",
    '',
    // JSON in a string: far cheaper for the engine to load than the same data as an object literal.
    `const json = ${JSON.stringify(JSON.stringify(packed))};`,
    '',
    'export const aliasTable = (): AliasTable => unpackAliasTable(JSON.parse(json) as PackedTable);',
    '',
  ].join('\n');
}

/**
 * The module the build writes for the content script's topic hint (see utils/content/topic-gate.ts): a few
 * hundred bytes every page carries, where the table above is loaded only on pages that name a topic.
 */
export function topicHintModule(table: AliasTable): string {
  const { source, flags } = hintPattern(Object.keys(table.keys));
  return [
    '// Generated at build time from data/aliases.ts (see utils/matching/alias-table.ts). Do not edit.',
    `export const TOPIC_HINT_SOURCE = ${JSON.stringify(source)};`,
    `export const TOPIC_HINT_FLAGS = ${JSON.stringify(flags)};`,
    '',
  ].join('\n');
}
