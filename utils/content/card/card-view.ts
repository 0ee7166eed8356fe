import {
  attributionLine,
  asOfLine,
  formatFactDate,
  kindLabel,
  sourceLine,
  sourcesOnce,
} from '../../facts/present';
import { formatAnd, formatList, languageName, plural, t, uiDirection, uiLocale } from '../../i18n/i18n';
import { topicName } from '../../i18n/topic-text';
import type { PageTheme } from '../../matching/evidence';
import type { FactView, SourceView } from '../../messaging/protocol';
import type { MentionWhy } from '../mention-store';
import type { CiteFormat } from '../../facts/cite';
import { CARD_CSS } from './card-styles';

/** One parsed sheet per document, shared by every card it shows. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Styles go in as a constructed sheet: a <style> element would be blocked by a strict page CSP. */
export function adoptCardStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    sheets.set(doc, sheet);
  }
  root.adoptedStyleSheets = [sheet];
}

/** Creates an element with text content only: page-independent, never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

export interface CardContent {
  topicName: string;
  color: string;
  summary: string;
  facts: FactView[];
  factCount: number;
  /** A line under the summary: loading, offline, errors. */
  status?: string;
  /** The matched words, for the "not this meaning" action. */
  mentionText: string;
  /** The fact base's "as of" day, once the facts came. */
  asOf?: string;
  /** What was matched and what decided it, in one quiet line (see `whyLine`). */
  why: string;
}

export interface CardActions {
  onClose: () => void;
  onMore: () => void;
  onNotThisMeaning: () => void;
  onCopy: (fact: FactView, format: CiteFormat) => void;
}

/** The card's polite live region: copies are announced there. */
export const ANNOUNCE_CLASS = 'announce';

/** A source's line, a link to the page where there is one; a seed article's passages quoted under it. */
function sourceItem(doc: Document, source: SourceView, quotes: string[]): HTMLElement {
  const line = el(doc, 'span', { text: sourceLine(source) });
  if (source.url === undefined)
    return el(
      doc,
      'details',
      {},
      el(doc, 'summary', { text: t('card_source', { source: sourceLine(source) }) }),
      ...quotes.map((quote) => el(doc, 'blockquote', { text: `“${quote}”` })),
    );
  const link = el(doc, 'a', { text: sourceLine(source) });
  link.href = source.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  line.replaceChildren(link);
  return el(doc, 'p', { className: 'source' }, line);
}

/** "Copy" and "Markdown": the fact with its sources, for a note or a document. */
function copyButtons(doc: Document, fact: FactView, onCopy: CardActions['onCopy']): HTMLElement {
  const button = (text: string, label: string, format: CiteFormat) => {
    const b = el(doc, 'button', { className: 'copy', text });
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.addEventListener('click', () => onCopy(fact, format));
    return b;
  };
  return el(
    doc,
    'span',
    { className: 'copies' },
    button(t('card_copy'), t('card_copy_label'), 'text'),
    button(t('card_copy_markdown'), t('card_copy_markdown_label'), 'markdown'),
  );
}

function factItem(doc: Document, fact: FactView, onCopy: CardActions['onCopy']): HTMLLIElement {
  const meta = el(doc, 'div', { className: 'meta' });
  const date = formatFactDate(fact);
  if (date) meta.append(el(doc, 'span', { text: date }));
  meta.append(el(doc, 'span', { className: `kind kind-${fact.kind}`, text: kindLabel(fact.kind) }));
  if (fact.disputed)
    meta.append(el(doc, 'span', { className: 'kind kind-disputed', text: t('kind_disputed') }));
  meta.append(copyButtons(doc, fact, onCopy));
  // Facts stay in English this round: a reader's screen reader and the page's direction must know.
  const text = el(doc, 'p', { className: 'fact', text: fact.text });
  text.lang = 'en';
  text.dir = 'auto';
  const item = el(doc, 'li', {}, text, meta);
  const attribution = attributionLine(fact);
  if (attribution) item.append(el(doc, 'p', { className: 'attribution', text: attribution }));
  if (fact.disputed) {
    // Paragraphs, not a list: the card's facts are its list items.
    const versions = el(doc, 'div', { className: 'versions' });
    versions.setAttribute('role', 'group');
    versions.setAttribute('aria-label', t('versions_label'));
    for (const { version, sources } of fact.disputed) {
      const by = sources
        .map((i) => fact.sources[i]?.publisher ?? fact.sources[i]?.title)
        .filter((name): name is string => name !== undefined);
      versions.append(el(doc, 'p', { text: t('version_by', { version, sources: formatList(by) }) }));
    }
    item.append(versions);
  }
  for (const { source, at } of sourcesOnce(fact.sources)) {
    const quotes = at.flatMap((i) => fact.sources[i]?.quote ?? []);
    item.append(sourceItem(doc, source, quotes));
  }
  return item;
}

/** Builds the card's DOM (inside its shadow root) for `content`; returns the dialog element. */
export function renderCard(root: ShadowRoot, content: CardContent, actions: CardActions): HTMLElement {
  const doc = root.ownerDocument;
  const titleId = 'backstory-card-title';
  const close = el(doc, 'button', { className: 'close', text: '×' });
  close.type = 'button';
  close.setAttribute('aria-label', t('card_close'));
  close.addEventListener('click', actions.onClose);
  const swatch = el(doc, 'span', { className: 'swatch' });
  swatch.style.background = content.color;
  const title = el(doc, 'h2', { text: content.topicName });
  title.id = titleId;

  const dialog = el(doc, 'div', { className: 'card' }, el(doc, 'header', {}, swatch, title, close));
  dialog.setAttribute('role', 'dialog');
  dialog.lang = uiLocale();
  dialog.dir = uiDirection();
  dialog.setAttribute('aria-modal', 'false');
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.tabIndex = -1;
  dialog.append(el(doc, 'p', { className: 'summary', text: content.summary }));
  if (content.status) {
    const status = el(doc, 'p', { className: 'status', text: content.status });
    status.setAttribute('role', 'status');
    dialog.append(status);
  }
  if (content.facts.length > 0) {
    const list = el(doc, 'ol');
    list.setAttribute('aria-label', t('card_key_facts', { topic: content.topicName }));
    list.append(...content.facts.map((f) => factItem(doc, f, actions.onCopy)));
    dialog.append(list);
  }
  const more = el(doc, 'button', {
    className: 'action',
    text:
      content.factCount > 0
        ? plural('card_all_facts', content.factCount, { topic: content.topicName })
        : t('card_open_backstory'),
  });
  more.type = 'button';
  more.addEventListener('click', actions.onMore);
  const wrong = el(doc, 'button', { className: 'action secondary', text: t('card_not_this_meaning') });
  wrong.type = 'button';
  wrong.title = t('card_not_this_meaning_hint', { text: content.mentionText, topic: content.topicName });
  wrong.addEventListener('click', actions.onNotThisMeaning);
  const why = el(doc, 'p', { className: 'why', text: content.why });
  dialog.append(el(doc, 'footer', {}, why, more, wrong));
  const announce = el(doc, 'p', { className: ANNOUNCE_CLASS });
  announce.setAttribute('role', 'status');
  dialog.append(announce);
  if (content.asOf)
    dialog.append(el(doc, 'p', { className: 'as-of', text: asOfLine(content.asOf, content.factCount) }));

  root.replaceChildren(dialog);
  return dialog;
}

/**
 * "Found “Путина” (Russian)"; for an ambiguous name also what it was read as and the words that decided
 * ("Found “Moscow” (English), read as the government: “warned”") or what the page is about ("…: the page
 * is about banks and sanctions", in the reader's language).
 */
export function whyLine(text: string, why: MentionWhy): string {
  const language = languageName(why.lang);
  if (why.rule === undefined) return t('why_found', { text, language });
  const reading = t(`why_reading_${why.rule}`);
  const { evidence } = why;
  if (evidence === undefined || evidence === '') return t('why_read_as', { text, language, reading });
  if (typeof evidence === 'string') return t('why_read_as_because', { text, language, reading, evidence });
  const about = formatAnd(evidence.pageAbout.map(pageThemeName));
  return t('why_read_as_page', { text, language, reading, about });
}

const pageThemeName = (theme: PageTheme): string =>
  theme === 'iran' || theme === 'russia' ? topicName(theme) : t(`why_theme_${theme}`);
