import { TOPIC_IDS, type TopicId } from '../../data/constants';
import type { HighlightStyles } from '../settings/settings-schema';
import {
  ACTIVE_HIGHLIGHT,
  highlightCss,
  highlightName,
  sameHighlightStyles,
  type HighlightRuleScope,
} from './highlight-css';
import type { Mention } from './mention-store';

/**
 * Whether highlight styles inherit (CSS Pseudo 4, "highlight inheritance"): in Chromium a rule on `:root`
 * styles every element's highlights. A new stylesheet of universal `::highlight` rules makes the browser match
 * them against every element once more; on the 100,000-paragraph page that style pass took 1.0–1.3 s, and
 * 0.7–0.9 s with the same rules on `:root`. Firefox 153 does not inherit them, so its build keeps universal
 * rules. Shadow trees get universal rules too: they have no `:root`, and Firefox needs them there.
 */
const INHERITS_HIGHLIGHT_STYLES = !import.meta.env.FIREFOX;

/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per topic over `StaticRange`s, so the
 * page's DOM is never touched. One highlighter per document (same-origin frames have their own registry).
 * The styles are either already in the document (the stylesheet the manifest injects, see INJECTED_CSS_FILE)
 * or go in through `adoptedStyleSheets`, which adds no node either and is exempt from the page's CSP: in
 * frames, shadow trees, the Firefox build, and wherever the reader chose other colours.
 */
/** What a document shows: every mention, the first of each topic, or none (see HighlightAmount). */
export type HighlightDisplay = 'all' | 'first' | 'none';

export class Highlighter {
  private readonly highlights = new Map<TopicId, Highlight>();
  /** The first mention of each topic, shown in place of `highlights` when the reader asked for a calm page. */
  private readonly firsts = new Map<TopicId, Highlight>();
  private display: HighlightDisplay = 'all';
  private readonly active: Highlight;
  private readonly win: Window & typeof globalThis;
  /** The document's sheet and, once a shadow root is met, the one for shadow trees (see INHERITS_HIGHLIGHT_STYLES). */
  private readonly sheets = new Map<HighlightRuleScope, CSSStyleSheet>();
  private readonly styledRoots = new Set<Document | ShadowRoot>();
  /** Roots met before the styles went in (see showStyles). */
  private readonly rootsToStyle: Array<Document | ShadowRoot> = [];
  private styles: HighlightStyles;
  private stylesShown = false;

  /**
   * Registers the highlights; their styles (`styles`) go in with `showStyles` where the document does not
   * already hold them: `injected` names the styles the browser injected into `doc` itself, if any.
   */
  constructor(
    private readonly doc: Document,
    styles: HighlightStyles,
    private readonly injected?: HighlightStyles,
  ) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !win.CSS?.highlights) throw new Error('CSS Custom Highlight API unavailable');
    this.win = win;
    this.styles = styles;
    for (const topic of TOPIC_IDS) {
      const h = new win.Highlight();
      this.highlights.set(topic, h);
      win.CSS.highlights.set(highlightName(topic), h);
    }
    this.active = new win.Highlight();
    this.active.priority = 1;
    win.CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    if (this.needsSheet(doc)) this.rootsToStyle.push(doc);
  }

  /** True while a document or shadow root met waits for `showStyles` to put the styles in. */
  get stylesPending(): boolean {
    return !this.stylesShown && this.rootsToStyle.length > 0;
  }

  /** Whether `root` needs a sheet of ours: all do, but the document holding the injected styles, if they are the reader's. */
  private needsSheet(root: Document | ShadowRoot): boolean {
    return (
      root !== this.doc || this.injected === undefined || !sameHighlightStyles(this.styles, this.injected)
    );
  }

  /**
   * Puts the highlight styles into the document and the shadow roots met so far. The browser restyles the
   * whole document for that in its next frame (37 ms on a large news page here), so the scanner calls this
   * in a task of its own, not at the end of a slice of scanning that would lengthen that frame.
   */
  showStyles(): void {
    if (this.stylesShown) return;
    this.stylesShown = true;
    for (const root of this.rootsToStyle.splice(0)) this.adoptInto(root);
  }

  /** Makes the highlight styles apply inside `root` too (shadow roots have their own style scope). */
  adoptInto(root: Document | ShadowRoot): void {
    if (!this.stylesShown) {
      if (!this.rootsToStyle.includes(root)) this.rootsToStyle.push(root);
      return;
    }
    if (this.styledRoots.has(root) || !this.needsSheet(root)) return;
    const scope = root === this.doc && INHERITS_HIGHLIGHT_STYLES ? 'root' : 'every';
    try {
      // Adopted with its rules already in: every change to a document's sheets costs a style pass over it.
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheetFor(scope)];
      this.styledRoots.add(root);
    } catch {
      // A page that froze or replaced adoptedStyleSheets: highlights still exist, only unstyled there.
    }
  }

  private sheetFor(scope: HighlightRuleScope): CSSStyleSheet {
    let sheet = this.sheets.get(scope);
    if (!sheet) {
      sheet = new this.win.CSSStyleSheet();
      sheet.replaceSync(highlightCss(this.styles, scope));
      this.sheets.set(scope, sheet);
    }
    return sheet;
  }

  setStyles(styles: HighlightStyles): void {
    if (sameHighlightStyles(styles, this.styles)) return; // Nothing to restyle the page for.
    this.styles = styles;
    for (const [scope, sheet] of this.sheets) sheet.replaceSync(highlightCss(styles, scope));
    // Colours other than the injected ones need a sheet of ours in the document too.
    if (!this.styledRoots.has(this.doc) && this.needsSheet(this.doc)) this.adoptInto(this.doc);
  }

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) this.highlights.get(m.topic)!.add(m.range);
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      this.highlights.get(m.topic)!.delete(m.range);
      this.active.delete(m.range);
    }
  }

  /**
   * Shows every mention, the first of each topic, or none. Only the names in the document's registry change:
   * the ranges stay, so showing them again costs no rescan. The open card's mention stays marked in any case.
   */
  setDisplay(display: HighlightDisplay): void {
    if (display === this.display) return;
    this.display = display;
    const registry = this.win.CSS.highlights;
    for (const topic of TOPIC_IDS) {
      const name = highlightName(topic);
      const shown =
        display === 'all'
          ? this.highlights.get(topic)
          : display === 'first'
            ? this.firstOf(topic)
            : undefined;
      if (shown) registry.set(name, shown);
      else if (this.isOurs(registry.get(name))) registry.delete(name);
    }
  }

  /** The mentions a calm page shows: the first of each topic in this document. */
  setFirsts(mentions: readonly Mention[]): void {
    for (const topic of TOPIC_IDS) this.firstOf(topic).clear();
    for (const m of mentions) this.firstOf(m.topic).add(m.range);
  }

  private firstOf(topic: TopicId): Highlight {
    let h = this.firsts.get(topic);
    if (!h) this.firsts.set(topic, (h = new this.win.Highlight()));
    return h;
  }

  private isOurs(h: Highlight | undefined): boolean {
    return !!h && ([...this.highlights.values()].includes(h) || [...this.firsts.values()].includes(h));
  }

  /** Marks the mention whose card is open, or none. */
  setActive(mention: Mention | undefined): void {
    this.active.clear();
    if (mention) this.active.add(mention.range);
  }

  /** Removes everything this highlighter registered. */
  dispose(): void {
    const registry = this.doc.defaultView?.CSS.highlights;
    // Only our own entries: a newer copy of the extension may already have registered the same names.
    const release = (name: string, h: Highlight) => registry?.get(name) === h && registry.delete(name);
    for (const [topic, h] of this.highlights) release(highlightName(topic), h);
    for (const [topic, h] of this.firsts) release(highlightName(topic), h);
    release(ACTIVE_HIGHLIGHT, this.active);
    const ours = new Set<CSSStyleSheet>(this.sheets.values());
    for (const root of this.styledRoots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !ours.has(s));
      } catch {
        // The page made the list read-only; nothing else to undo.
      }
    }
    this.styledRoots.clear();
  }
}
