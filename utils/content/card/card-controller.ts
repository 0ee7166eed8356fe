import type { TopicId } from '../../../data/constants';
import type { TopicCard } from '../../messaging/protocol';
import { mentionRect } from '../hit-test';
import type { Mention } from '../mention-store';
import { CARD_HOST_TAG } from '../skip-rules';
import { citeFact, type CiteFormat } from '../../facts/cite';
import { copyText } from '../../facts/clipboard';
import { t } from '../../i18n/i18n';
import { topicName, topicSummary } from '../../i18n/topic-text';
import type { FactView } from '../../messaging/protocol';
import { placeCard, placeSheet, SHEET_BELOW_WIDTH } from './card-position';
import { adoptCardStyles, ANNOUNCE_CLASS, renderCard, whyLine, type CardContent } from './card-view';

/** How long the card waits for the background before showing the bundled summary. */
const ANSWER_TIMEOUT_MS = 1000;

export interface CardControllerDeps {
  doc: Document;
  loadCard: (mention: Mention) => Promise<TopicCard>;
  bundledTopic: (topic: TopicId) => { name: string; summary: string; color: string };
  onMore: (topic: TopicId) => void;
  onNotThisMeaning: (mention: Mention) => void;
  onActiveChange: (mention: Mention | undefined) => void;
}

/** A card built for one mention: its host, closed shadow root and dialog. */
interface BuiltCard {
  mention: Mention;
  host: HTMLElement;
  shadow: ShadowRoot;
  dialog: HTMLElement | undefined;
}

/**
 * Prepares, opens, fills, places and closes the context card. The card lives in a closed shadow root on a host
 * in the top layer (a manual popover), so the page's CSS, overflow and stacking cannot reach it. The host is
 * built and filled off the page as soon as the reader's intent is clear (`prepare`), and enters the page's DOM
 * only while the card is open, so opening costs one frame and the page's DOM is otherwise left as it was.
 */
export class CardController {
  private card: BuiltCard | undefined;
  private isOpen = false;
  private returnFocus: Element | null = null;
  private hiddenTitle: { el: Element; title: string } | undefined;
  private frame = 0;
  private readonly reposition = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place({ reveal: false }));
  };

  constructor(private readonly deps: CardControllerDeps) {}

  get openMention(): Mention | undefined {
    return this.isOpen ? this.card?.mention : undefined;
  }

  /** True when `event` happened inside the card. */
  contains(event: Event): boolean {
    return this.isOpen && !!this.card && event.composedPath().includes(this.card.host);
  }

  /** Builds the card for `mention` off the page and starts filling it, unless a card is open. */
  prepare(mention: Mention): void {
    if (this.isOpen || this.card?.mention === mention) return;
    const host = this.deps.doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptCardStyles(shadow);
    host.setAttribute('popover', 'manual');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;margin:0;padding:0;border:0;';
    this.card = { mention, host, shadow, dialog: undefined };
    this.show(this.card, {
      ...this.deps.bundledTopic(mention.topic),
      facts: [],
      factCount: 0,
      status: t('card_loading'),
    });
    void this.fill(this.card);
  }

  open(mention: Mention, { focus }: { focus: boolean }): void {
    if (this.openMention !== mention) {
      this.close({ restoreFocus: false });
      this.prepare(mention);
      this.attach();
    }
    if (focus) {
      this.returnFocus ??= this.deps.doc.activeElement;
      this.card?.dialog?.focus({ preventScroll: true });
    }
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    cancelAnimationFrame(this.frame);
    const win = this.deps.doc.defaultView;
    win?.removeEventListener('scroll', this.reposition, true);
    win?.removeEventListener('resize', this.reposition);
    this.card?.host.remove();
    this.card = undefined;
    if (this.hiddenTitle) this.hiddenTitle.el.setAttribute('title', this.hiddenTitle.title);
    this.hiddenTitle = undefined;
    this.deps.onActiveChange(undefined);
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && target instanceof HTMLElement && target.isConnected)
      target.focus({ preventScroll: true });
  }

  /** Puts the prepared card on the page, in the top layer, next to its mention. */
  private attach(): void {
    const card = this.card;
    if (!card) return;
    const { doc } = this.deps;
    this.isOpen = true;
    doc.documentElement.append(card.host);
    try {
      card.host.showPopover();
    } catch {
      // No popover support: the fixed host with the highest z-index is the fallback.
    }
    this.hideTitleTooltip(card.mention);
    this.deps.onActiveChange(card.mention);
    const win = doc.defaultView;
    win?.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    win?.addEventListener('resize', this.reposition, { passive: true });
    this.place({ reveal: true });
  }

  private async fill(card: BuiltCard): Promise<void> {
    const { mention } = card;
    const answer = this.deps.loadCard(mention);
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ANSWER_TIMEOUT_MS));
    let topicCard = await Promise.race([answer.catch(() => undefined), timer]);
    if (topicCard === 'late' || topicCard === undefined) {
      if (this.card !== card) return;
      this.showBundled(card, t('card_slow'));
      // Retry quietly once: a service worker that was asleep answers the second call.
      topicCard = await answer.catch(() => this.deps.loadCard(mention)).catch(() => undefined);
    }
    if (this.card !== card) return;
    if (!topicCard) return this.showBundled(card, t('card_unavailable'));
    this.show(card, {
      topicName: topicName(mention.topic),
      summary: topicSummary(mention.topic),
      color: this.deps.bundledTopic(mention.topic).color,
      facts: topicCard.facts,
      factCount: topicCard.factCount,
      asOf: topicCard.asOf,
      status: topicCard.from === 'bundled' ? t('card_offline') : undefined,
    });
  }

  private showBundled(card: BuiltCard, status: string): void {
    this.show(card, { ...this.deps.bundledTopic(card.mention.topic), facts: [], factCount: 0, status });
  }

  private show(
    card: BuiltCard,
    content: Omit<CardContent, 'mentionText' | 'topicName' | 'why'> & { topicName?: string; name?: string },
  ) {
    const { mention, shadow } = card;
    const hadFocus = !!card.dialog && shadow.activeElement !== null;
    card.dialog = renderCard(
      shadow,
      {
        ...content,
        topicName: content.topicName ?? content.name ?? '',
        mentionText: mention.text,
        why: whyLine(mention.text, mention.why),
      },
      {
        onCopy: (fact, format) => void this.copy(card, fact, format),
        onClose: () => this.close({ restoreFocus: true }),
        onMore: () => this.deps.onMore(mention.topic),
        onNotThisMeaning: () => {
          this.close({ restoreFocus: true });
          this.deps.onNotThisMeaning(mention);
        },
      },
    );
    if (hadFocus) card.dialog.focus({ preventScroll: true });
    if (this.isOpen) this.place({ reveal: true });
  }

  /** Copies a fact with its sources and says so in the card's live region. */
  private async copy(card: BuiltCard, fact: FactView, format: CiteFormat): Promise<void> {
    const win = this.deps.doc.defaultView;
    const copied = !!win && (await copyText(win, citeFact(fact, format)));
    const region = card.dialog?.querySelector(`.${ANNOUNCE_CLASS}`);
    if (!region || this.card !== card) return;
    region.textContent = copied
      ? t(format === 'markdown' ? 'card_copied_markdown' : 'card_copied')
      : t('card_copy_failed');
  }

  /**
   * Puts the card next to its mention (or the sheet at the bottom). `reveal` scrolls the page so the sheet does
   * not cover the mention: on opening and when its content changes, never while the reader scrolls.
   */
  private place({ reveal }: { reveal: boolean }): void {
    const card = this.isOpen ? this.card : undefined;
    if (!card?.dialog) return;
    const { mention, host, dialog } = card;
    const anchor = mentionRect(mention);
    if (!anchor) return this.close({ restoreFocus: false });
    const win = this.deps.doc.defaultView!;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    // On a phone held upright there is no room beside a mention: a sheet along the bottom, as wide as the screen.
    const sheet = viewport.width < SHEET_BELOW_WIDTH;
    dialog.classList.toggle('sheet', sheet);
    if (sheet) {
      const { top, height, scrollBy } = placeSheet(anchor, viewport);
      dialog.style.height = dialog.style.maxHeight = `${height}px`;
      host.style.left = '0px';
      host.style.top = `${top}px`;
      if (reveal && scrollBy !== 0) win.scrollBy({ top: scrollBy, behavior: 'instant' });
      return;
    }
    // Measure at the card's natural height: a cap set for an earlier position must not stick.
    dialog.style.height = dialog.style.maxHeight = '';
    const { width, height } = dialog.getBoundingClientRect();
    const { left, top, maxHeight } = placeCard(anchor, { width, height }, viewport, dialog.dir === 'rtl');
    if (maxHeight !== undefined) dialog.style.maxHeight = `${maxHeight}px`;
    host.style.left = `${left}px`;
    host.style.top = `${top}px`;
  }

  /** The page's own `title` tooltip would cover the card; hide it while the card is open. */
  private hideTitleTooltip(mention: Mention): void {
    const el = mention.node.parentElement?.closest('[title]');
    if (!el) return;
    this.hiddenTitle = { el, title: el.getAttribute('title') ?? '' };
    el.removeAttribute('title');
  }
}
