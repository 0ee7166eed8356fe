import type { Category, FactKind } from '../../data/constants';
import { intlLocale, plural, t } from '../i18n/i18n';
import type { FactView, SourceView } from '../messaging/protocol';

/*
 * How a fact is put into words on screen, shared by the card (plain DOM in the page) and the popup (React),
 * so both say the same thing the same way.
 */

/** How each kind is named, so a reader tells a reported event from a claim or an opinion at a glance. */
export const kindLabel = (kind: FactKind): string => t(`kind_${kind}`);

export const categoryLabel = (category: Category): string => t(`category_${category}`);

/** British English writes day before month, as the facts' sources mostly do; other languages their own way. */

// The facts' dates are Gregorian: a Persian interface must not turn them into Solar Hijri ones.
const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' } as const;
const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' } as const;
const YEAR = { year: 'numeric', timeZone: 'UTC', calendar: 'gregory' } as const;

/**
 * "3 September 2011", "September 2011" or "2011" (as the interface's language writes them): exactly as
 * precise as the ISO date it is given.
 */
export function formatDate(iso: string, locale = intlLocale()): string {
  const [year, month, day] = iso.split('-').map(Number);
  const when = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return dateFormat(locale, month === undefined ? 'year' : day === undefined ? 'month' : 'day').format(when);
}

/**
 * One formatter per locale and precision: making one costs far more than using it, and forty search results
 * show over a hundred dates (making them took 20-35 ms of each keystroke in the popup).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const parts = precision === 'year' ? YEAR : precision === 'month' ? MONTH : DAY;
    dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, parts)));
  }
  return format;
}

/** A fact's date, or its period ("2014 – 2016"), for display. */
export function formatFactDate(fact: Pick<FactView, 'date' | 'until'>, locale?: string): string | undefined {
  if (fact.date === undefined) return undefined;
  const from = formatDate(fact.date, locale);
  return fact.until === undefined || fact.until === fact.date
    ? from
    : `${from} – ${formatDate(fact.until, locale)}`;
}

/** A title in the quotation marks of the interface's language: “…”, «…», „…“, 《…》. */
export const quotedTitle = (title: string): string => t('title_quoted', { title });

/** A speaker as one string: "Sergei Lavrov, Russian foreign minister". */
export const speakerText = (speaker: { name: string; role?: string }): string =>
  speaker.role === undefined ? speaker.name : `${speaker.name}, ${speaker.role}`;

/**
 * Who stands behind a fact that is not a plain event, as a lead and a name ("Said by", "Sergei Lavrov, …");
 * an article's view names the article.
 */
export function attributionOf(fact: FactView): { lead: string; who: string } | undefined {
  if (fact.kind === 'view') {
    const article = fact.sources.find((s) => s.quote !== undefined);
    return article && { lead: t('lead_view'), who: quotedTitle(article.title) };
  }
  if (fact.kind === 'event' || fact.speaker === undefined) return undefined;
  return { lead: t(`lead_${fact.kind}`), who: speakerText(fact.speaker) };
}

/** The attribution as one line: "Said by Sergei Lavrov, Russian foreign minister". */
export function attributionLine(fact: FactView): string | undefined {
  const a = attributionOf(fact);
  return a && `${a.lead} ${a.who}`;
}

/** One source as a line: "Reuters, “Title”, 3 September 2011", or the seed article's title. */
export function sourceLine(source: SourceView): string {
  const { publisher, title, published } = source;
  if (publisher === undefined) return t('source_article', { title });
  if (published === undefined) return t('source_line', { publisher, title });
  return t('source_line_dated', { publisher, title, date: formatDate(published) });
}

/**
 * A fact's sources, one entry per page or seed article, each with the places (in `sources`) of its passages:
 * two passages of the same seed article go under one source line, not two identical ones.
 */
export function sourcesOnce(sources: readonly SourceView[]): Array<{ source: SourceView; at: number[] }> {
  const byKey = new Map<string, { source: SourceView; at: number[] }>();
  sources.forEach((source, i) => {
    const key = source.url ?? source.title;
    const entry = byKey.get(key) ?? { source, at: [] };
    entry.at.push(i);
    byKey.set(key, entry);
  });
  return [...byKey.values()];
}

/** The distinct publishers of a fact's sources, for a compact line in lists. */
export function publishersOf(fact: FactView): string[] {
  return [...new Set(fact.sources.map((s) => s.publisher ?? quotedTitle(s.title)))];
}

/** "Facts as of 6 December 2026 · 412 facts" */
export function asOfLine(asOf: string, count: number): string {
  return t('as_of', { date: formatDate(asOf), count: plural('fact_count', count) });
}
