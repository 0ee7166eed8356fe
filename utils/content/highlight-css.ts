import { TOPIC_IDS, type TopicId } from '../../data/constants';
import type { HighlightStyles } from '../settings/settings-schema';

/** The name a topic's highlight is registered under in `CSS.highlights`. */
export const highlightName = (topic: TopicId) => `backstory-${topic}`;
/** The highlight of the mention whose card is open. */
export const ACTIVE_HIGHLIGHT = 'backstory-active';

/**
 * The stylesheet the Chromium build's manifest injects into every page with the content script, holding the
 * default styles (see wxt.config.ts). The browser puts it in before the page's first style pass, so drawing
 * the first mention costs no restyle of the whole page: adding a stylesheet later does (44–48 ms on a large
 * news page here).
 */
export const INJECTED_CSS_FILE = 'content-scripts/highlights.css';

/** Which elements a sheet's rules are written for: the document's root, or every element. */
export type HighlightRuleScope = 'root' | 'every';

/** The CSS for every topic's highlight; `::highlight` accepts only colours and text decoration. */
export function highlightCss(styles: HighlightStyles, scope: HighlightRuleScope = 'every'): string {
  const subject = scope === 'root' ? ':root' : '';
  const rules = TOPIC_IDS.map((topic) => {
    const { color, mode } = styles[topic];
    // An underline quiet enough to read past, visible on light and dark pages; a tint with alpha likewise.
    // Each rule sets both, so that a sheet of the reader's colours overrides the injected one whole.
    const look =
      mode === 'underline'
        ? `text-decoration: underline 2px ${color}; text-decoration-skip-ink: none; background-color: transparent;`
        : `background-color: ${color}40; text-decoration: none;`;
    return `${subject}::highlight(${highlightName(topic)}) { ${look} }`;
  });
  rules.push(`${subject}::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.45); }`);
  return rules.join('\n');
}

/** True when two sets of highlight styles draw alike. */
export function sameHighlightStyles(a: HighlightStyles, b: HighlightStyles): boolean {
  return TOPIC_IDS.every((t) => a[t].color === b[t].color && a[t].mode === b[t].mode);
}
