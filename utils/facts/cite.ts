import { t } from '../i18n/i18n';
import type { FactView, SourceView } from '../messaging/protocol';
import { attributionLine, formatDate, formatFactDate, quotedTitle } from './present';

/*
 * "Copy with source": a fact as a reader pastes it into a note, a chat or a document, with everything needed
 * to find its source again. Plain text for anywhere; Markdown for the editors that render it. The labels and
 * dates are in the interface's language (cite_* messages); the fact's own words, its versions and its sources'
 * titles and passages stay as they are.
 */

export type CiteFormat = 'text' | 'markdown';

/** A source with every passage of it the fact quotes (two passages of one seed article are one source). */
interface CitedSource {
  source: SourceView;
  quotes: string[];
}

function distinctSources(fact: FactView): CitedSource[] {
  const seen = new Map<string, CitedSource>();
  for (const source of fact.sources) {
    const key = source.url ?? source.title;
    const cited = seen.get(key) ?? { source, quotes: [] };
    if (source.quote !== undefined) cited.quotes.push(source.quote);
    seen.set(key, cited);
  }
  return [...seen.values()];
}

/**
 * "Reuters, “Title”, 3 September 2011, https://…" (in Markdown the title is the link). A seed article has no
 * address: its passages are what lets a reader find the words again.
 */
function sourceCitation({ source, quotes }: CitedSource, format: CiteFormat): string {
  const md = format === 'markdown';
  const own = (text: string) => (md ? escapeMarkdown(text) : text);
  const title = quotedTitle(own(source.title));
  if (source.publisher === undefined) {
    const article = t('cite_article', { title });
    const passages = quotes.map((q) => t('cite_passage', { text: own(q) })).join(' … ');
    return passages ? t('cite_article_passages', { article, passages }) : article;
  }
  const shown = {
    publisher: own(source.publisher),
    title: md && source.url ? `[${title}](${markdownUrl(source.url)})` : title,
  };
  const cited = source.published
    ? t('cite_source_dated', { ...shown, date: formatDate(source.published) })
    : t('cite_source', shown);
  return !md && source.url ? t('cite_source_address', { source: cited, address: source.url }) : cited;
}

/** "a; b; c": items of a one-line citation, whose own parts are separated by commas. */
function joinItems(items: readonly string[]): string {
  return items.length === 0 ? '' : items.reduce((first, next) => t('cite_list', { first, next }));
}

/** Characters that would start Markdown syntax inside a fact's text or a title. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * An address as a Markdown link target: balanced parentheses (Wikipedia's "War_(1826–1828)") are fine there;
 * spaces, angle brackets and unbalanced parentheses would end the link early, so they are percent-encoded.
 */
function markdownUrl(url: string): string {
  const opened = url.split('(').length;
  const closed = url.split(')').length;
  const unsafe = opened === closed ? /[\s<>]/g : /[\s<>()]/g;
  return url.replace(unsafe, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * What must travel with the fact so it is not misread once pasted elsewhere: who said or claimed it (a claim
 * copied bare reads as an established fact) and, where the sources disagree, each version.
 */
function qualifiers(fact: FactView): string[] {
  const lines: string[] = [];
  // An article's view already says "the article says" and cites the article below.
  const who = fact.kind === 'view' ? undefined : attributionLine(fact);
  if (who) lines.push(who);
  if (fact.disputed)
    lines.push(t('cite_disputed', { versions: joinItems(fact.disputed.map((d) => d.version)) }));
  return lines;
}

/** The fact with its date, who stands behind it, then its sources: lines of text, or one line of Markdown. */
export function citeFact(fact: FactView, format: CiteFormat): string {
  const date = formatFactDate(fact);
  const sources = distinctSources(fact).map((s) => sourceCitation(s, format));
  if (format === 'text') {
    const head = date ? t('cite_dated', { date, fact: fact.text }) : fact.text;
    return [head, ...qualifiers(fact), ...sources.map((source) => t('cite_source_line', { source }))].join(
      '\n',
    );
  }
  const text = escapeMarkdown(fact.text);
  const head = date ? t('cite_dated', { date: `**${date}**`, fact: text }) : text;
  const label = sources.length === 1 ? 'cite_markdown_source' : 'cite_markdown_sources';
  const asides = [...qualifiers(fact).map(escapeMarkdown), t(label, { sources: joinItems(sources) })];
  return [head, ...asides.map((aside) => t('cite_aside', { text: aside }))].join(' ');
}

/** Facts grouped under their topics as a Markdown list, for "copy this page's facts". */
export function citeFactsMarkdown(
  groups: ReadonlyArray<{ title: string; facts: readonly FactView[] }>,
): string {
  return groups
    .filter((g) => g.facts.length > 0)
    .map((g) =>
      [`## ${escapeMarkdown(g.title)}`, '', ...g.facts.map((f) => `- ${citeFact(f, 'markdown')}`)].join('\n'),
    )
    .join('\n\n');
}
