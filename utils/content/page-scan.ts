import type { LoadedSettings, Settings } from '../settings/settings-store';
import { siteOf, type HighlightStyles } from '../settings/settings-schema';
import { addGroupToTable, buildFinder } from './finder';
import type { OtherGroup, ScriptGroupData } from '../matching/script-groups';
import { groupsOfLang, ScriptGroupLoader } from './script-group-loader';
import type { TopicId } from '../../data/constants';
import { Highlighter, type HighlightDisplay } from './highlighter';
import { mentionAtPoint } from './hit-test';
import { MentionStore, type Mention } from './mention-store';
import { PageObserver } from './page-observer';
import { Scanner, type FindMentions } from './scanner';
import { whenPageIdle } from './scheduling';

export interface ScanEnv {
  doc: Document;
  signal: AbortSignal;
  /** Tells the background how many mentions the page has (toolbar badge). */
  reportCount: (count: number) => void;
  /** The highlight styles the browser injected into `doc` itself (see INJECTED_CSS_FILE), if any. */
  injectedStyles?: HighlightStyles;
  /** Imports a script group's aliases (see script-group-loader.ts). */
  loadScriptGroup: (group: OtherGroup) => Promise<ScriptGroupData>;
  /** The text that made the content script load the app, if that is why it loaded. */
  hint?: string;
  /** The content script's topic test, for inline frames (see frame-document.ts). */
  mayNameTopic?: (text: string) => boolean;
}

/**
 * The scanning half of the content script: finds mentions, keeps highlights in step with the page and the
 * settings, and tears everything down when `signal` aborts (extension reloaded or updated).
 */
export function createPageScan({
  doc,
  signal,
  reportCount,
  injectedStyles,
  loadScriptGroup,
  hint,
  mayNameTopic,
}: ScanEnv) {
  const store = new MentionStore();
  const highlighters = new Map<Document, Highlighter>();
  const shadowRoots: ShadowRoot[] = [];
  let settings: Settings | undefined;
  let active = false;
  let started = false;
  let finder: FindMentions = () => [];
  let lastCount = -1;
  /** What the finder was built from: a settings change that leaves it alone needs no rescan. */
  let finderInputs = '';
  /** Highlights hidden on this page by the reader's shortcut (until they show them again or reload). */
  let hidden = false;
  /** The mentions a calm page shows (settings.highlightAmount 'first'). */
  let firsts = new Set<Mention>();

  const display = (): HighlightDisplay => (hidden ? 'none' : (settings?.highlightAmount ?? 'all'));

  /** Picks the first mention of each topic in document order, when that is what the page shows. */
  function refreshFirsts(): void {
    if (display() !== 'first') return;
    const first = new Map<TopicId, Mention>();
    for (const m of store.all()) if (!first.has(m.topic)) first.set(m.topic, m);
    firsts = new Set(first.values());
    for (const [d, h] of highlighters) h.setFirsts([...firsts].filter((m) => m.node.ownerDocument === d));
  }

  function showDisplay(): void {
    refreshFirsts();
    for (const h of highlighters.values()) h.setDisplay(display());
  }

  const highlighterFor = (d: Document): Highlighter | undefined => {
    let h = highlighters.get(d);
    if (!h && settings) {
      try {
        h = new Highlighter(d, settings.highlightStyles, d === doc ? injectedStyles : undefined);
        h.setDisplay(display());
        highlighters.set(d, h);
        for (const root of shadowRoots) if (root.ownerDocument === d) h.adoptInto(root);
      } catch {
        return undefined; // No Custom Highlight API in this document: find mentions, draw nothing.
      }
    }
    return h;
  };

  let site: string | undefined;
  /** The page's matcher for the settings and the script groups loaded so far. */
  const rebuild = () => {
    if (settings) finder = buildFinder(settings, site, (text) => void groups.spot(text));
  };
  const groups = new ScriptGroupLoader({
    load: loadScriptGroup,
    loaded: (_group, data) => {
      addGroupToTable(data);
      rebuild();
      if (started) restart();
    },
    failed: (group, error) => {
      if (!signal.aborted) console.debug(`[Backstory] the ${group} aliases did not load`, error);
      if (started) restart();
    },
  });

  const observer = new PageObserver({
    queueRoot: (n) => active && scanner.queueRoot(n),
    queueText: (t) => active && scanner.queueText(t),
    prune,
    rescan: () => restart(),
  });
  const scanner = new Scanner(finder, {
    mayNameTopic,
    store,
    highlighterFor,
    // Content the page adds later (a feed, a live blog) changes the count too.
    onDrawn: () => {
      refreshFirsts();
      reportIfChanged();
    },
    onNewRoot: (root) => {
      observer.observe(root);
      if (root instanceof ShadowRoot) {
        shadowRoots.push(root);
        // Only once the document has something to draw: the styles make the browser restyle the page.
        highlighters.get(root.ownerDocument)?.adoptInto(root);
      }
    },
  });

  /** Drops the highlights of text that left the page. */
  function prune(): void {
    for (const node of [...store.nodes()]) {
      if (!node.isConnected) scanner.batch.remove(store.set(node, [], false));
    }
    void afterScan();
  }

  function restart(): void {
    const gone = store.clear();
    for (const h of highlighters.values()) h.remove(gone);
    scanner.restart(finder, active ? (doc.body ?? doc.documentElement) : undefined);
    void afterScan();
  }

  async function afterScan(): Promise<void> {
    await scanner.whenIdle();
    reportIfChanged();
    refreshFirsts();
  }

  /** Tells the toolbar badge how many mentions the page holds, when that changed. */
  function reportIfChanged(): void {
    if (store.count !== lastCount) reportCount((lastCount = store.count));
  }

  /**
   * Starts the scan: at once, or once the script groups the page shows up front are in (then their load
   * starts it), so that a page in Russian is not scanned twice.
   */
  function start(): void {
    if (started || signal.aborted) return;
    started = true;
    observer.observe(doc);
    const upFront = `${hint ?? ''} ${doc.title}`;
    const lang = doc.documentElement?.lang ?? '';
    const byLang = groups.need(groupsOfLang(lang, settings?.languages ?? []));
    const byText = groups.spot(upFront);
    if (!byLang && !byText) restart();
  }

  signal.addEventListener('abort', () => {
    scanner.stop();
    observer.disconnect();
    for (const h of highlighters.values()) h.dispose();
  });

  /** Whether `m` is drawn on the page now, so hover and touch react to what the reader sees. */
  const isDrawn = (m: Mention): boolean => {
    const d = display();
    return d === 'all' || (d === 'first' && firsts.has(m));
  };

  return {
    /** False where the reader switched Backstory off for this site. */
    get active() {
      return active;
    },
    /** The reader's settings, once read. */
    get settings() {
      return settings;
    },
    /** Every mention found so far, in document order. */
    mentions: (): readonly Mention[] => store.all(),
    /** The mention drawn under the point (x, y) of the viewport, if any. */
    drawnMentionAt(x: number, y: number): Mention | undefined {
      const m = mentionAtPoint(doc, x, y, store, shadowRoots);
      return m && isDrawn(m) ? m : undefined;
    },
    /** Marks `m` as the one whose card is open (or none). */
    setActiveMention(m: Mention | undefined): void {
      highlighterFor(doc)?.setActive(m);
    },
    /**
     * Applies (new) settings by what changed: the page is scanned again only when what it finds changes
     * (topics, languages, this site's switch and corrections), not for a colour, a delay or another site.
     */
    apply({ settings: next }: LoadedSettings): void {
      settings = next;
      site = siteOf(doc.location?.href ?? '');
      groups.setLanguages(next.languages);
      active = site === undefined || !next.disabledSites.includes(site);
      for (const h of highlighters.values()) h.setStyles(next.highlightStyles);
      showDisplay();
      const inputs = JSON.stringify([
        active,
        next.enabledTopics,
        next.languages,
        next.corrections.filter((c) => c.site === site),
      ]);
      if (inputs === finderInputs) return;
      finderInputs = inputs;
      rebuild();
      if (started) restart();
    },
    /** What the page shows now: every mention, the first of each topic, or none. */
    display,
    /** True while the reader has hidden this page's highlights with the shortcut. */
    get hidden() {
      return hidden;
    },
    /** Hides or shows every highlight on this page (the reader's shortcut); true when now hidden. */
    toggleHidden(): boolean {
      hidden = !hidden;
      showDisplay();
      return hidden;
    },
    /** Starts once the page is idle. */
    startWhenIdle(): void {
      const cancel = whenPageIdle(start, 1500);
      signal.addEventListener('abort', cancel);
    },
    /** Every mention the page holds right now, scanning whatever is still pending first. */
    async settle(): Promise<void> {
      start();
      observer.flushNow();
      do {
        // Script groups met so far load first (each starts the scan again).
        await groups.settled();
        await scanner.whenIdle();
      } while (groups.busy);
    },
  };
}
export type PageScan = ReturnType<typeof createPageScan>;
