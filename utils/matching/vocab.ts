import { LATIN_VOCAB } from './vocab.generated';
import { resetContextRegexes } from './context-text';
import { unpackVocab, VOCAB_NAMES, type PackedVocab, type Vocab } from './vocab-names';

export { FINANCE_THEMES } from './vocab-names';

/**
 * The lists the rules read. A page starts with the Latin-script words (Latin aliases appear on every page);
 * each other script's words come with that script's group (see script-groups.ts); with the aliases, moving
 * them out took the page app from 35.8 to 31.1 KB gzipped.
 */
export const vocab: Vocab = unpackVocab(JSON.parse(LATIN_VOCAB) as PackedVocab);

/** Adds a script group's words; the rules' regexes are built again, with them, before the next use. */
export function addVocab(packed: PackedVocab): void {
  const more = unpackVocab(packed);
  for (const name of VOCAB_NAMES) vocab[name].push(...more[name]);
  resetContextRegexes();
}
