import { TOPIC_IDS, type TopicId } from '../../data/constants';
import type { HighlightStyles } from '../settings/settings-schema';
import type { Mention } from './mention-store';

const highlightName = (topic: TopicId) => `backstory-${topic}`;
const ACTIVE = 'backstory-active';

/** The CSS for every topic's highlight; `::highlight` accepts only colours and text decoration. */
export function highlightCss(styles: HighlightStyles): string {
  const rules = TOPIC_IDS.map((topic) => {
    const { color, mode } = styles[topic];
    // An underline quiet enough to read past, visible on light and dark pages; a tint with alpha likewise.
    const look =
      mode === 'underline'
        ? `text-decoration: underline 2px ${color}; text-decoration-skip-ink: none;`
        : `background-color: ${color}40;`;
    return `::highlight(${highlightName(topic)}) { ${look} }`;
  });
  rules.push(`::highlight(${ACTIVE}) { background-color: rgba(255, 196, 0, 0.45); }`);
  return rules.join('\n');
}

/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per topic over `StaticRange`s, so the
 * page's DOM is never touched. One highlighter per document (same-origin frames have their own registry);
 * styles go in through `adoptedStyleSheets`, which adds no node either and is exempt from the page's CSP.
 */
export class Highlighter {
  private readonly highlights = new Map<TopicId, Highlight>();
  private readonly active: Highlight;
  private readonly sheet: CSSStyleSheet;
  private readonly styledRoots = new Set<Document | ShadowRoot>();

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || !win.CSS?.highlights) throw new Error('CSS Custom Highlight API unavailable');
    for (const topic of TOPIC_IDS) {
      const h = new win.Highlight();
      this.highlights.set(topic, h);
      win.CSS.highlights.set(highlightName(topic), h);
    }
    this.active = new win.Highlight();
    this.active.priority = 1;
    win.CSS.highlights.set(ACTIVE, this.active);
    this.sheet = new win.CSSStyleSheet();
    this.adoptInto(doc);
  }

  /** Makes the highlight styles apply inside `root` too (shadow roots have their own style scope). */
  adoptInto(root: Document | ShadowRoot): void {
    if (this.styledRoots.has(root)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.styledRoots.add(root);
    } catch {
      // A page that froze or replaced adoptedStyleSheets: highlights still exist, only unstyled there.
    }
  }

  setStyles(styles: HighlightStyles): void {
    this.sheet.replaceSync(highlightCss(styles));
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
    release(ACTIVE, this.active);
    for (const root of this.styledRoots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // The page made the list read-only; nothing else to undo.
      }
    }
    this.styledRoots.clear();
  }
}
