import type { FactView } from '../../messaging/protocol';
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

const KIND_LABELS: Record<FactView['kind'], string> = {
  event: 'Event',
  statement: 'Official statement',
  assessment: 'Analyst assessment',
};

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
}

export interface CardActions {
  onClose: () => void;
  onMore: () => void;
  onNotThisMeaning: () => void;
}

function factItem(doc: Document, fact: FactView): HTMLLIElement {
  const meta = el(doc, 'div', { className: 'meta' });
  if (fact.date) meta.append(el(doc, 'span', { text: fact.date.label }));
  meta.append(el(doc, 'span', { className: `kind kind-${fact.kind}`, text: KIND_LABELS[fact.kind] }));
  if (fact.speaker) meta.append(el(doc, 'span', { text: fact.speaker }));
  const item = el(doc, 'li', {}, el(doc, 'p', { className: 'fact', text: fact.text }), meta);
  // One line per article: two passages of the same article go under one "Source:", not two identical ones.
  const quotesByTitle = new Map<string, string[]>();
  for (const { title, quote } of fact.sources) {
    const quotes = quotesByTitle.get(title);
    if (quotes) quotes.push(quote);
    else quotesByTitle.set(title, [quote]);
  }
  for (const [title, quotes] of quotesByTitle) {
    item.append(
      el(
        doc,
        'details',
        {},
        el(doc, 'summary', { text: `Source: ${title}` }),
        ...quotes.map((quote) => el(doc, 'blockquote', { text: `“${quote}”` })),
      ),
    );
  }
  return item;
}

/** Builds the card's DOM (inside its shadow root) for `content`; returns the dialog element. */
export function renderCard(root: ShadowRoot, content: CardContent, actions: CardActions): HTMLElement {
  const doc = root.ownerDocument;
  const titleId = 'backstory-card-title';
  const close = el(doc, 'button', { className: 'close', text: '×' });
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', actions.onClose);
  const swatch = el(doc, 'span', { className: 'swatch' });
  swatch.style.background = content.color;
  const title = el(doc, 'h2', { text: content.topicName });
  title.id = titleId;

  const dialog = el(doc, 'div', { className: 'card' }, el(doc, 'header', {}, swatch, title, close));
  dialog.setAttribute('role', 'dialog');
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
    list.setAttribute('aria-label', `Key facts about ${content.topicName}`);
    list.append(...content.facts.map((f) => factItem(doc, f)));
    dialog.append(list);
  }
  const more = el(doc, 'button', {
    className: 'action',
    text:
      content.factCount > 0
        ? `All ${content.factCount} facts about ${content.topicName} →`
        : 'Open Backstory →',
  });
  more.type = 'button';
  more.addEventListener('click', actions.onMore);
  const wrong = el(doc, 'button', { className: 'action secondary', text: 'Not this meaning' });
  wrong.type = 'button';
  wrong.title = `Stop highlighting “${content.mentionText}” as ${content.topicName} on this site`;
  wrong.addEventListener('click', actions.onNotThisMeaning);
  dialog.append(el(doc, 'footer', {}, more, wrong));

  root.replaceChildren(dialog);
  return dialog;
}
