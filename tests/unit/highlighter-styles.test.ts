import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../utils/content/highlighter';
import { DEFAULT_HIGHLIGHT_STYLES, type HighlightStyles } from '../../utils/settings/settings-schema';

// The test DOM has no Custom Highlight API: a registry and a Highlight that only hold what they are given.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const CUSTOM: HighlightStyles = {
  ...DEFAULT_HIGHLIGHT_STYLES,
  iran: { color: '#ff0000', mode: 'background' },
};

let sheetsBefore: CSSStyleSheet[];
/** The text each sheet was last given (the test DOM does not parse `::highlight` rules). */
let textOf: WeakMap<CSSStyleSheet, string>;

beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { ...globalThis.CSS, highlights: new Map() });
  sheetsBefore = [...document.adoptedStyleSheets];
  textOf = new WeakMap();
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text) {
    textOf.set(this, text);
    replaceSync.call(this, text);
  });
});

afterEach(() => {
  document.adoptedStyleSheets = sheetsBefore;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const adopted = () => document.adoptedStyleSheets.filter((s) => !sheetsBefore.includes(s));
const rulesOf = (sheets: CSSStyleSheet[]) => sheets.map((s) => textOf.get(s) ?? '').join('\n');

describe('highlight styles in the document', () => {
  it('adds no stylesheet where the browser injected the reader’s styles (no restyle of the page)', () => {
    const h = new Highlighter(document, DEFAULT_HIGHLIGHT_STYLES, DEFAULT_HIGHLIGHT_STYLES);
    expect(h.stylesPending).toBe(false);
    h.showStyles();
    expect(adopted()).toEqual([]);
  });

  it('adds its sheet, once shown, where nothing was injected', () => {
    const h = new Highlighter(document, DEFAULT_HIGHLIGHT_STYLES);
    expect(h.stylesPending).toBe(true);
    expect(adopted()).toEqual([]);
    h.showStyles();
    expect(h.stylesPending).toBe(false);
    expect(adopted()).toHaveLength(1);
  });

  it('adds its sheet where the reader chose other colours than the injected ones', () => {
    const h = new Highlighter(document, CUSTOM, DEFAULT_HIGHLIGHT_STYLES);
    expect(h.stylesPending).toBe(true);
    h.showStyles();
    expect(rulesOf(adopted())).toContain('backstory-iran');
    expect(rulesOf(adopted())).toContain('background-color: #ff000040');
  });

  it('adds its sheet when the reader changes the colours later, and only then', () => {
    const h = new Highlighter(document, DEFAULT_HIGHLIGHT_STYLES, DEFAULT_HIGHLIGHT_STYLES);
    h.setStyles({ ...DEFAULT_HIGHLIGHT_STYLES });
    expect(h.stylesPending).toBe(false);
    h.setStyles(CUSTOM);
    expect(h.stylesPending).toBe(true);
    h.showStyles();
    expect(adopted()).toHaveLength(1);
    // Changed again: the same sheet takes the new rules; no second sheet.
    h.setStyles({ ...CUSTOM, iran: { color: '#00ff00', mode: 'background' } });
    expect(adopted()).toHaveLength(1);
    expect(rulesOf(adopted())).toContain('background-color: #00ff0040');
  });

  it('takes its sheet away when disposed', () => {
    const h = new Highlighter(document, CUSTOM, DEFAULT_HIGHLIGHT_STYLES);
    h.showStyles();
    h.dispose();
    expect(adopted()).toEqual([]);
  });
});
