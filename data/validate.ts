import { datasetSchema } from './schema';
import type { Dataset } from './schema';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const RECORD_LABELS: Record<string, string> = { facts: 'fact', topics: 'topic', articles: 'article' };

/** Names a record by its id when it has one, so a message points at the line to fix. */
function recordLabel(input: unknown, collection: string, index: number): string {
  const record = isObject(input) ? list(input[collection])[index] : undefined;
  const id = isObject(record) ? str(record.id) : undefined;
  return id === undefined ? `${collection}[${index}]` : `${RECORD_LABELS[collection]} "${id}"`;
}

/** Renders the rest of a zod path as `sources[0].quote: `, or nothing when the record itself is at fault. */
function at(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const parts = path.map((key, i) =>
    typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`,
  );
  return `${parts.join('')}: `;
}

/** Turns a zod issue path like ['facts', 3, 'sources', 0] into `fact "id": sources[0]: `. */
function describeIssue(input: unknown, path: readonly PropertyKey[], message: string): string {
  const [collection, key, ...rest] = path;
  if (typeof collection === 'string' && collection in RECORD_LABELS && typeof key === 'number') {
    return `${recordLabel(input, collection, key)}: ${at(rest)}${message}`;
  }
  if (collection === 'aliases' && key !== undefined) return `aliases "${String(key)}": ${at(rest)}${message}`;
  return `dataset: ${at(path)}${message}`;
}

/** Flags every record whose id an earlier record of the same collection already uses. */
function duplicateIdProblems(input: Loose, collection: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  list(input[collection]).forEach((record, index) => {
    const id = isObject(record) ? str(record.id) : undefined;
    if (id === undefined) return;
    if (seen.has(id))
      problems.push(`${recordLabel(input, collection, index)}: duplicate ${RECORD_LABELS[collection]} id`);
    seen.add(id);
  });
  return problems;
}

const words = (s: string): string => s.toLowerCase().normalize('NFC');

/** A keyword must come from the fact's own words, its quotes or an alias of one of its topics. */
function keywordProblems(fact: Loose, label: string, aliases: Loose): string[] {
  const own = [
    str(fact.text) ?? '',
    ...list(fact.sources).map((s) => (isObject(s) ? (str(s.quote) ?? '') : '')),
  ]
    .map(words)
    .join('\n');
  const names = new Set(
    list(fact.topics).flatMap((t) =>
      typeof t === 'string' ? list(aliases[t]).map((a) => (isObject(a) ? words(str(a.text) ?? '') : '')) : [],
    ),
  );
  return list(fact.keywords).flatMap((k, i) =>
    typeof k === 'string' && !own.includes(words(k)) && !names.has(words(k))
      ? [`${label}: keywords[${i}]: "${k}" is not in the fact's text, its quotes or its topics' names`]
      : [],
  );
}

/** Checks that ids are unique and every reference points at a record that exists. Works on unparsed input. */
function crossReferenceProblems(input: unknown): string[] {
  if (!isObject(input)) return [];
  const problems = Object.keys(RECORD_LABELS).flatMap((c) => duplicateIdProblems(input, c));
  const topicIds = new Set(list(input.topics).map((t) => (isObject(t) ? str(t.id) : undefined)));
  const articleIds = new Set(list(input.articles).map((a) => (isObject(a) ? str(a.id) : undefined)));
  const aliases = isObject(input.aliases) ? input.aliases : {};
  const asOf = isObject(input.info) ? (str(input.info.asOf) ?? '') : '';
  const seenQuotes = new Map<string, string>();
  const topicsWithFacts = new Set<string>();

  list(input.facts).forEach((fact, index) => {
    if (!isObject(fact)) return;
    const label = recordLabel(input, 'facts', index);
    list(fact.topics).forEach((topic, i) => {
      if (typeof topic !== 'string') return;
      topicsWithFacts.add(topic);
      if (!topicIds.has(topic)) problems.push(`${label}: topics[${i}]: unknown topic "${topic}"`);
    });
    problems.push(...keywordProblems(fact, label, aliases));
    list(fact.sources).forEach((source, i) => {
      if (!isObject(source)) return;
      const checked = str(source.checked);
      if (checked !== undefined && checked > asOf)
        problems.push(`${label}: sources[${i}].checked: after the base's "as of" date ${asOf}`);
      const article = str(source.article);
      const quote = str(source.quote);
      if (article !== undefined && !articleIds.has(article)) {
        problems.push(`${label}: sources[${i}].article: unknown article "${article}"`);
      }
      if (article === undefined || quote === undefined) return;
      const key = `${article}\u0000${quote.trim().replace(/\s+/g, ' ')}`;
      const first = seenQuotes.get(key);
      if (first !== undefined)
        problems.push(`${label}: sources[${i}].quote: duplicate of a quote in ${first}`);
      else seenQuotes.set(key, label);
    });
  });

  list(input.topics).forEach((topic, index) => {
    const id = isObject(topic) ? str(topic.id) : undefined;
    if (id === undefined) return;
    const label = recordLabel(input, 'topics', index);
    if (list(aliases[id]).length === 0) problems.push(`${label}: no aliases`);
    if (!topicsWithFacts.has(id)) problems.push(`${label}: no facts`);
  });
  return problems;
}

/** Parses a dataset and checks its cross-references; throws one Error listing every problem, by record id. */
export function validateDataset(input: unknown): Dataset {
  const parsed = datasetSchema.safeParse(input);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => describeIssue(input, issue.path, issue.message));
  problems.push(...crossReferenceProblems(input));
  if (problems.length > 0 || !parsed.success) {
    throw new Error(
      `Invalid dataset (${problems.length} problems):\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  return parsed.data;
}
