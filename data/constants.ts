/**
 * Plain constants without zod, for code that ships in the content script (schema.ts pulls in zod).
 * Topic ids are a public seam: never rename one.
 */
export const TOPIC_IDS = ['iran', 'russia', 'putin', 'bushehr', 'swift'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
/** True when `value` is one of the topic ids (messages, addresses and stored settings all check it). */
export const isTopicId = (value: unknown): value is TopicId =>
  (TOPIC_IDS as readonly unknown[]).includes(value);

/**
 * Languages whose spellings the matcher knows. Only appended to: a stored list of languages from an earlier
 * version is still a valid list.
 */
export const LANGUAGES = [
  'en',
  'ru',
  'fa',
  'ar',
  'de',
  'fr',
  'es',
  'zh',
  'uk',
  'tr',
  'pt',
  'it',
  'pl',
  'nl',
  'he',
  'ja',
] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * - `event`: something that happened, as the sources report it.
 * - `statement`: what an official said; the speaker and their office are required.
 * - `claim`: what one side alleges and another denies or nobody has confirmed; the claimant is required.
 * - `analysis`: a named analyst's or institution's reading; the analyst is required.
 * - `view`: a seed article's own commentary, named by the article.
 */
export const FACT_KINDS = ['event', 'statement', 'claim', 'analysis', 'view'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const CATEGORIES = ['economy', 'finance', 'military', 'nuclear', 'diplomacy', 'history'] as const;
export type Category = (typeof CATEGORIES)[number];
