/** What a page about the interbank network is about, named for the card's "why" line ("page about banks"). */
export const FINANCE_THEMES = ['banks', 'sanctions', 'payments', 'currencies', 'finance'] as const;
export type FinanceTheme = (typeof FINANCE_THEMES)[number];

/** The context rules' word lists (sources: context-vocab.ts and finance-vocab.ts), by name. */
export const VOCAB_NAMES = [
  'capitals',
  'govVerbStems',
  'govExactWords',
  'placeBefore',
  'placeAfter',
  'govBefore',
  'govAfterPrefix',
  ...FINANCE_THEMES,
  'financeVetoAfter',
  'financeVetoBefore',
  'otherSwiftStems',
  'iranNames',
  'russiaNames',
] as const;
export type VocabName = (typeof VOCAB_NAMES)[number];
export type Vocab = Record<VocabName, string[]>;
/** Word lists as a script group's module carries them: each list's entries joined by '|'. */
export type PackedVocab = Partial<Record<VocabName, string>>;

/** The lists a packed part stands for (lists it does not hold are empty). */
export const unpackVocab = (packed: PackedVocab): Vocab =>
  Object.fromEntries(VOCAB_NAMES.map((name) => [name, packed[name] ? packed[name].split('|') : []])) as Vocab;
