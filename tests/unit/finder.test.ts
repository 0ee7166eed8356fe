import { beforeEach, describe, expect, it } from 'vitest';
import { buildFinder } from '../../utils/content/finder';
import { buildContextRegexes, resetContextRegexes } from '../../utils/matching/context-text';
import {
  DEFAULT_ENABLED_TOPICS,
  DEFAULT_HIGHLIGHT_STYLES,
  DEFAULT_LANGUAGES,
} from '../../utils/settings/settings-schema';
import type { Settings } from '../../utils/settings/settings-store';

/** Whether every context rule is built: asked with no time, the build does nothing and says so. */
const contextRegexesReady = () => buildContextRegexes(() => false);

const settings: Settings = {
  enabledTopics: DEFAULT_ENABLED_TOPICS,
  disabledSites: [],
  highlightStyles: DEFAULT_HIGHLIGHT_STYLES,
  highlightAmount: 'all',
  uiLanguage: 'auto',
  cardDelayMs: 350,
  languages: DEFAULT_LANGUAGES,
  corrections: [],
};

/** A text node in a paragraph of the document, as the scan meets it. */
function textNode(text: string): Text {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p.firstChild as Text;
}

describe('the page’s finder', () => {
  beforeEach(() => resetContextRegexes());

  it('gets the rules for ambiguous names ready in its warm-up, one piece a call when time is short', () => {
    const find = buildFinder(settings, 'news.example.com');
    let calls = 0;
    while (find.warmUp!(() => false)) calls += 1;
    expect(contextRegexesReady()).toBe(true);
    // The table, the regex's source, the matcher, the regex's two compilations, then the rules piece by piece.
    expect(calls).toBeGreaterThan(10);
    expect(find(textNode('Moscow warned Kyiv on Tuesday.')).map((m) => m.text)).toEqual(['Moscow']);
  });

  it('builds what a match needs on the spot when it comes before the warm-up', () => {
    const find = buildFinder(settings, 'news.example.com');
    expect(contextRegexesReady()).toBe(false);
    expect(find(textNode('Moscow warned Kyiv on Tuesday.')).map((m) => m.text)).toEqual(['Moscow']);
    expect(find(textNode('A weekend in Moscow, Idaho.'))).toEqual([]);
  });
});
