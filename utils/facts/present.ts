import type { Category, FactKind } from '../../data/constants';
import type { FactView, SourceView } from '../messaging/protocol';

/*
 * How a fact is put into words on screen, shared by the card (plain DOM in the page) and the popup (React),
 * so both say the same thing the same way.
 */

/** How each kind is named, so a reader tells a reported event from a claim or an opinion at a glance. */
export const KIND_LABELS: Record<FactKind, string> = {
  event: 'Event',
  statement: 'Statement',
  claim: 'Claim',
  analysis: 'Analysis',
  view: 'Article’s view',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  economy: 'Economy',
  finance: 'Finance',
  military: 'Military',
  nuclear: 'Nuclear',
  diplomacy: 'Diplomacy',
  history: 'History',
};

const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** "3 September 2011", "September 2011" or "2011": exactly as precise as the ISO date it is given. */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const when = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, day === undefined ? MONTH : DAY).format(when);
}

/** A fact's date, or its period ("2014 – 2016"), for display. */
export function formatFactDate(fact: Pick<FactView, 'date' | 'until'>, locale?: string): string | undefined {
  if (fact.date === undefined) return undefined;
  const from = formatDate(fact.date, locale);
  return fact.until === undefined || fact.until === fact.date
    ? from
    : `${from} – ${formatDate(fact.until, locale)}`;
}

/** A speaker as one string: "Sergei Lavrov, Russian foreign minister". */
export const speakerText = (speaker: { name: string; role?: string }): string =>
  speaker.role === undefined ? speaker.name : `${speaker.name}, ${speaker.role}`;

const LEADS = { statement: 'Said by', claim: 'Claimed by', analysis: 'Analysis by' } as const;

/**
 * Who stands behind a fact that is not a plain event, as a lead and a name ("Said by", "Sergei Lavrov, …");
 * an article's view names the article.
 */
export function attributionOf(fact: FactView): { lead: string; who: string } | undefined {
  if (fact.kind === 'view') {
    const article = fact.sources.find((s) => s.quote !== undefined);
    return article && { lead: 'View of the article', who: `“${article.title}”` };
  }
  if (fact.kind === 'event' || fact.speaker === undefined) return undefined;
  return { lead: LEADS[fact.kind], who: speakerText(fact.speaker) };
}

/** The attribution as one line: "Said by Sergei Lavrov, Russian foreign minister". */
export function attributionLine(fact: FactView): string | undefined {
  const a = attributionOf(fact);
  return a && `${a.lead} ${a.who}`;
}

/** One source as a line: "Reuters, “Title”, 3 September 2011", or the seed article's title. */
export function sourceLine(source: SourceView): string {
  if (source.publisher === undefined) return `Article “${source.title}”`;
  const published = source.published === undefined ? '' : `, ${formatDate(source.published)}`;
  return `${source.publisher}, “${source.title}”${published}`;
}

/** The distinct publishers of a fact's sources, for a compact line in lists. */
export function publishersOf(fact: FactView): string[] {
  return [...new Set(fact.sources.map((s) => s.publisher ?? `“${s.title}”`))];
}

/** "Facts as of 6 December 2026 · 412 facts" */
export function asOfLine(asOf: string, count: number): string {
  return `Facts as of ${formatDate(asOf)} · ${count.toLocaleString('en')} facts`;
}
