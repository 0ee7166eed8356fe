import type { FactView, SourceView } from '../messaging/protocol';
import { formatDate, formatFactDate } from './present';

/*
 * "Copy with source": a fact as a reader pastes it into a note, a chat or a document, with everything needed
 * to find its source again. Plain text for anywhere; Markdown for the editors that render it.
 */

export type CiteFormat = 'text' | 'markdown';

/** Each source once (two passages of one seed article are one source). */
function distinctSources(fact: FactView): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const source of fact.sources)
    seen.set(source.url ?? source.title, seen.get(source.url ?? source.title) ?? source);
  return [...seen.values()];
}

/** "Reuters, “Title”, 3 September 2011, https://…" (the URL plain, or the title linked in Markdown). */
function sourceCitation(source: SourceView, format: CiteFormat): string {
  const title = `“${source.title}”`;
  const linked = format === 'markdown' && source.url ? `[${escapeMarkdown(title)}](${source.url})` : title;
  const parts = [source.publisher ?? 'Article', linked];
  if (source.published) parts.push(formatDate(source.published));
  if (format === 'text' && source.url) parts.push(source.url);
  return parts.join(', ');
}

/** Characters that would start Markdown syntax inside a fact's text or a title. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The fact with its date, then one line per source. */
export function citeFact(fact: FactView, format: CiteFormat): string {
  const date = formatFactDate(fact);
  const disputed = fact.disputed ? ' (disputed: the sources disagree)' : '';
  if (format === 'text') {
    const head = `${date ? `${date}: ` : ''}${fact.text}${disputed}`;
    const sources = distinctSources(fact).map((s) => `Source: ${sourceCitation(s, 'text')}`);
    return [head, ...sources].join('\n');
  }
  const head = `${date ? `**${date}**: ` : ''}${escapeMarkdown(fact.text)}${disputed}`;
  const sources = distinctSources(fact).map((s) => sourceCitation(s, 'markdown'));
  return `${head} (Source: ${sources.join('; ')})`;
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
