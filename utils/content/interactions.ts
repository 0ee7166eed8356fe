import type { TopicId } from '../../data/constants';
import type {
  ContentToBackground,
  ContentToBackgroundResponses,
  TopicCard,
  ToContent,
  ToContentResponses,
} from '../messaging/protocol';
import { t } from '../i18n/i18n';
import { topicName, topicSummary } from '../i18n/topic-text';
import { DEFAULT_HIGHLIGHT_STYLES, siteOf } from '../settings/settings-schema';
import { writeSetting } from '../settings/settings-store';
import { CardController } from './card/card-controller';
import type { PageScan } from './page-scan';
import { watchHover } from './hover-intent';
import { watchTaps } from './tap';
import { nextMention, scrollMentionIntoView } from './keyboard-nav';
import type { Mention } from './mention-store';
import { showNotice } from './page-notice';
import { blockOf, sentenceAround } from './text-context';

export type SendToBackground = <M extends ContentToBackground>(
  msg: M,
) => Promise<ContentToBackgroundResponses[M['type']]>;

export interface InteractionEnv {
  doc: Document;
  signal: AbortSignal;
  scan: PageScan;
  send: SendToBackground;
  /** Resolves once settings are applied, so answers never come from an unconfigured scan. */
  ready: Promise<void>;
  /** False once the extension is gone: then nothing may act on the page any more. */
  alive: () => boolean;
}

/** Hover, keyboard and messages: everything a reader does with the mentions the scan found. */
export function wireInteractions({ doc, signal, scan, send, ready, alive }: InteractionEnv) {
  const win = doc.defaultView!;
  const requests = new WeakMap<Mention, Promise<TopicCard>>();
  const loadCard = (m: Mention) => {
    let pending = requests.get(m);
    if (!pending) {
      pending = send({
        type: 'card-facts',
        topic: m.topic,
        context: sentenceAround(m.node, m.start),
        related: topicsNear(m, scan.mentions()),
      });
      // A failed request must not stick: the next hover asks again.
      pending.catch(() => requests.delete(m));
      requests.set(m, pending);
    }
    return pending;
  };

  // A stopped worker takes about 150 ms to start and 100 ms to read the fact base. Asked only at the intent
  // point, the facts came 115 ms after the card was due; woken as the pointer arrives, they are there in time.
  // One small message per mention the pointer crosses: a running worker answers it at once.
  const wakeWorker = () => void send({ type: 'card-soon' }).catch(() => undefined);

  const card = new CardController({
    doc,
    loadCard,
    bundledTopic: (topic: TopicId) => ({
      name: topicName(topic),
      summary: topicSummary(topic),
      color: (scan.settings?.highlightStyles ?? DEFAULT_HIGHLIGHT_STYLES)[topic].color,
    }),
    onMore: (topic) => void send({ type: 'open-topic', topic }).catch(() => undefined),
    onNotThisMeaning: (m) => {
      const site = siteOf(doc.location.href);
      const corrections = scan.settings?.corrections ?? [];
      if (!site) return;
      void writeSetting('corrections', [
        ...corrections,
        { site, topic: m.topic, text: m.text.toLowerCase() },
      ]);
    },
    onActiveChange: (m) => scan.setActiveMention(m),
  });

  // Hover and touch react only to what the reader sees highlighted (a calm page shows few or none).
  const hitTest = (x: number, y: number) => {
    if (!alive() || !scan.active) return undefined;
    return scan.drawnMentionAt(x, y);
  };
  watchTaps({
    win,
    signal,
    hitTest,
    isInCard: (e) => card.contains(e),
    openMention: () => card.openMention,
    open: (m) => card.open(m, { focus: false }),
    close: () => card.close({ restoreFocus: false }),
  });
  watchHover({
    win,
    signal,
    hitTest,
    cardDelayMs: () => scan.settings?.cardDelayMs ?? 350,
    isInCard: (e) => card.contains(e),
    openMention: () => card.openMention,
    touch: wakeWorker,
    // Intent is clear: ask for the facts and build the card off the page, so it only has to be shown when due.
    prefetch: (m) => {
      void loadCard(m).catch(() => undefined);
      card.prepare(m);
    },
    open: (m) => card.open(m, { focus: false }),
    close: () => card.close({ restoreFocus: false }),
  });

  // Numbers given to mentions as the popup lists them: a mention found again (its text changed) is a new one.
  const ids = new WeakMap<Mention, number>();
  let lastId = 0;
  const idOf = (m: Mention): number => {
    let id = ids.get(m);
    if (id === undefined) ids.set(m, (id = ++lastId));
    return id;
  };

  function toggleHighlights(): boolean {
    const hidden = scan.toggleHidden();
    if (hidden) card.close({ restoreFocus: false });
    showNotice(doc, t(hidden ? 'notice_hidden' : 'notice_shown'));
    return hidden;
  }
  function step(direction: 1 | -1): boolean {
    const target = nextMention(scan.mentions(), card.openMention, direction);
    if (!target) return false;
    focusMention(target);
    return true;
  }
  function focusMention(m: Mention): void {
    scrollMentionIntoView(m, win);
    card.close({ restoreFocus: false });
    card.open(m, { focus: true });
  }

  // The shortcuts are the browser's commands (wxt.config.ts): the browser takes their keys before the page
  // sees them and sends them through the worker, as 'step-mention' and 'toggle-highlights' below.
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.openMention) card.close({ restoreFocus: true });
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => card.close({ restoreFocus: false }));

  /** Answers the messages of the protocol; returns undefined for ones it does not handle. */
  async function handle(msg: ToContent): Promise<ToContentResponses[ToContent['type']]> {
    await ready;
    switch (msg.type) {
      case 'page-mentions':
        await scan.settle();
        return {
          mentions: scan
            .mentions()
            .map((m) => ({ topic: m.topic, text: m.text, ...(msg.ids && { id: idOf(m) }) })),
        };
      case 'focus-mention': {
        await scan.settle();
        const m = scan.mentions().find((mention) => ids.get(mention) === msg.id);
        if (m) focusMention(m);
        return { ok: !!m };
      }
      case 'page-info':
        return { url: doc.location.href };
      case 'step-mention':
        await scan.settle();
        return { ok: step(msg.direction) };
      case 'toggle-highlights':
        return { hidden: toggleHighlights() };
    }
  }
  return { handle, card };
}

/** The other topics mentioned in the same paragraph as `m`: a card about Iran beside Russia ranks relations first. */
function topicsNear(m: Mention, all: readonly Mention[]): TopicId[] {
  const block = blockOf(m.node);
  if (!block) return [];
  const topics = new Set<TopicId>();
  for (const other of all) if (other.topic !== m.topic && block.contains(other.node)) topics.add(other.topic);
  return [...topics];
}
