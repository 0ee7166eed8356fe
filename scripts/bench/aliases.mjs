// The extension's English names, read from data/aliases.ts, so mark.js and the floor look for the same words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ALIASES_FILE = resolve(import.meta.dirname, '../../data/aliases.ts');

/** Joins `'a' + 'b'` string pieces of the source into one string. */
function joinPieces(pieces) {
  return [...pieces.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? m[2]).join('');
}

/**
 * English aliases as `{ text, topic, caseSensitive }`, parsed from the TypeScript source (node 20 cannot import
 * TypeScript): both `forms('en', 'A|B', EXTRA)` calls and `{ text: 'A', lang: 'en' }` objects are read.
 */
export function englishAliases(source = readFileSync(ALIASES_FILE, 'utf8')) {
  const extras = new Map(
    [...source.matchAll(/const\s+(\w+)\s*:\s*\w+\s*=\s*(\{[^}]*\})/g)].map((m) => [m[1], m[2]]),
  );
  const topicAt = [...source.matchAll(/^\s{2}(\w+):\s*\[/gm)].map((m) => ({ at: m.index, topic: m[1] }));
  const topicOf = (index) => topicAt.filter((t) => t.at < index).at(-1)?.topic;
  const out = [];
  const formsCall =
    /forms\(\s*'en'\s*,\s*((?:(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*\+?\s*)+)(?:,\s*(\w+|\{[^}]*\}))?/g;
  for (const m of source.matchAll(formsCall)) {
    const extra = m[2] ? (extras.get(m[2]) ?? m[2]) : '';
    const caseSensitive = /caseSensitive:\s*true/.test(extra);
    for (const text of joinPieces(m[1]).split('|'))
      out.push({ text, topic: topicOf(m.index), caseSensitive });
  }
  const objects = /\{[^{}]*\btext:\s*'((?:[^'\\]|\\.)*)'[^{}]*\blang:\s*'en'[^{}]*\}/g;
  for (const m of source.matchAll(objects)) {
    out.push({ text: m[1], topic: topicOf(m.index), caseSensitive: /caseSensitive:\s*true/.test(m[0]) });
  }
  if (out.length === 0) throw new Error(`No English aliases found in ${ALIASES_FILE}`);
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
