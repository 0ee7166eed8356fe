import type { FinanceTheme } from './vocab-names';

/** What a whole page is about, when that decided an ambiguous name: its themes or the countries it keeps naming. */
export type PageTheme = FinanceTheme | 'iran' | 'russia';

/**
 * What decided that an ambiguous name counts: the words beside it as they read folded ("sanctions",
 * "warned"), '' when no single word did, or what the whole page is about (the card names it in the
 * reader's language, so it is not a string here).
 */
export type Evidence = string | { pageAbout: readonly PageTheme[] };
