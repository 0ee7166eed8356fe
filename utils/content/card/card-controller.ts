import type { TopicId } from '../../../data/constants';
import type { TopicCard } from '../../messaging/protocol';
import { mentionRect } from '../hit-test';
import type { Mention } from '../mention-store';
import { CARD_HOST_TAG } from '../skip-rules';
import { placeCard } from './card-position';
import { adoptCardStyles, renderCard, type CardContent } from './card-view';

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

/**
 * Opens, fills, places and closes the context card. The card lives in a closed shadow root on a host in the
 * top layer (a manual popover), so the page's CSS, overflow and stacking cannot reach it; the host exists
 * only while the card is open, so the page's DOM is left as it was.
 */
export class CardController {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private dialog: HTMLElement | undefined;
  private current: Mention | undefined;
  private returnFocus: Element | null = null;
  private hiddenTitle: { el: Element; title: string } | undefined;
  private frame = 0;
  private readonly reposition = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };

  constructor(private readonly deps: CardControllerDeps) {}

  get openMention(): Mention | undefined {
    return this.current;
  }

  /** True when `event` happened inside the card. */
  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  open(mention: Mention, { focus }: { focus: boolean }): void {
    if (this.current !== mention) {
      this.close({ restoreFocus: false });
      this.current = mention;
      this.mount();
      this.hideTitleTooltip(mention);
      this.deps.onActiveChange(mention);
      const bundled = this.deps.bundledTopic(mention.topic);
      this.show({ ...bundled, facts: [], factCount: 0, status: 'Loading facts…' });
      void this.fill(mention);
    }
    if (focus) {
      this.returnFocus ??= this.deps.doc.activeElement;
      this.dialog?.focus({ preventScroll: true });
    }
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.current) return;
    this.current = undefined;
    cancelAnimationFrame(this.frame);
    const win = this.deps.doc.defaultView;
    win?.removeEventListener('scroll', this.reposition, true);
    win?.removeEventListener('resize', this.reposition);
    this.host?.remove();
    this.host = this.shadow = this.dialog = undefined;
    if (this.hiddenTitle) this.hiddenTitle.el.setAttribute('title', this.hiddenTitle.title);
    this.hiddenTitle = undefined;
    this.deps.onActiveChange(undefined);
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && target instanceof HTMLElement && target.isConnected)
      target.focus({ preventScroll: true });
  }

  private mount(): void {
    const { doc } = this.deps;
    const host = doc.createElement(CARD_HOST_TAG);
    this.shadow = host.attachShadow({ mode: 'closed' });
    adoptCardStyles(this.shadow);
    host.setAttribute('popover', 'manual');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;margin:0;padding:0;border:0;';
    doc.documentElement.append(host);
    try {
      host.showPopover();
    } catch {
      // No popover support: the fixed host with the highest z-index is the fallback.
    }
    this.host = host;
    const win = doc.defaultView;
    win?.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    win?.addEventListener('resize', this.reposition, { passive: true });
  }

  private async fill(mention: Mention): Promise<void> {
    const answer = this.deps.loadCard(mention);
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ANSWER_TIMEOUT_MS));
    let card = await Promise.race([answer.catch(() => undefined), timer]);
    if (card === 'late' || card === undefined) {
      if (this.current !== mention) return;
      this.showBundled(mention, 'Facts are taking longer than usual; still trying…');
      // Retry quietly once: a service worker that was asleep answers the second call.
      card = await answer.catch(() => this.deps.loadCard(mention)).catch(() => undefined);
    }
    if (this.current !== mention) return;
    if (!card) return this.showBundled(mention, 'Facts are unavailable right now.');
    this.show({
      topicName: card.name,
      summary: card.summary,
      color: this.deps.bundledTopic(mention.topic).color,
      facts: card.facts,
      factCount: card.factCount,
      status: card.from === 'bundled' ? 'Offline copy: the local database is unavailable.' : undefined,
    });
  }

  private showBundled(mention: Mention, status: string): void {
    this.show({ ...this.deps.bundledTopic(mention.topic), facts: [], factCount: 0, status });
  }

  private show(
    content: Omit<CardContent, 'mentionText' | 'topicName'> & { topicName?: string; name?: string },
  ) {
    const mention = this.current;
    if (!mention || !this.shadow) return;
    const hadFocus = !!this.dialog && this.shadow.activeElement !== null;
    this.dialog = renderCard(
      this.shadow,
      { ...content, topicName: content.topicName ?? content.name ?? '', mentionText: mention.text },
      {
        onClose: () => this.close({ restoreFocus: true }),
        onMore: () => this.deps.onMore(mention.topic),
        onNotThisMeaning: () => {
          this.close({ restoreFocus: true });
          this.deps.onNotThisMeaning(mention);
        },
      },
    );
    if (hadFocus) this.dialog.focus({ preventScroll: true });
    this.place();
  }

  private place(): void {
    const mention = this.current;
    if (!mention || !this.host || !this.dialog) return;
    const anchor = mentionRect(mention);
    if (!anchor) return this.close({ restoreFocus: false });
    const win = this.deps.doc.defaultView!;
    // Measure at the card's natural height: a cap set for an earlier position must not stick.
    this.dialog.style.maxHeight = '';
    const { width, height } = this.dialog.getBoundingClientRect();
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const { left, top, maxHeight } = placeCard(anchor, { width, height }, viewport);
    if (maxHeight !== undefined) this.dialog.style.maxHeight = `${maxHeight}px`;
    this.host.style.left = `${left}px`;
    this.host.style.top = `${top}px`;
  }

  /** The page's own `title` tooltip would cover the card; hide it while the card is open. */
  private hideTitleTooltip(mention: Mention): void {
    const el = mention.node.parentElement?.closest('[title]');
    if (!el) return;
    this.hiddenTitle = { el, title: el.getAttribute('title') ?? '' };
    el.removeAttribute('title');
  }
}
