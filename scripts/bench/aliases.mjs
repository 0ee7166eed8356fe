// The extension's English names, as the build wrote them, so mark.js and the floor look for the same words.
import { extensionFacts } from './extension-facts.mjs';

/** English aliases as `{ text, topic, caseSensitive }`. */
export function englishAliases() {
  const out = extensionFacts().englishAliases;
  if (out.length === 0) throw new Error('The build wrote no English aliases');
  return out;
}

const escape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * One regular expression for all names, longest first so "Vladimir Putin" wins over "Putin"; case-insensitive
 * except the case-sensitive names (SWIFT), which sit in a `(?-i:...)` group (Chromium 125+; node 20 lacks it,
 * so `exactCase` gives a case-sensitive pattern for counting the generator's own, canonically written text).
 */
export function combinedPattern(aliases, { exactCase = false } = {}) {
  const sorted = [...aliases].sort((a, b) => b.text.length - a.text.length);
  const parts = sorted.map((a) =>
    a.caseSensitive && !exactCase ? `(?-i:${escape(a.text)})` : escape(a.text),
  );
  return { source: `\\b(?:${parts.join('|')})\\b`, flags: exactCase ? 'g' : 'gi' };
}

/** Maps a matched text back to its topic (case-folded; white space collapsed). */
export function topicLookup(aliases) {
  const byText = new Map(aliases.map((a) => [a.text.toLowerCase(), a.topic]));
  return (text) => byText.get(text.replace(/\s+/g, ' ').toLowerCase());
}
