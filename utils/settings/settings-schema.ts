import { isTopicId, LANGUAGES, TOPIC_IDS, type Language, type TopicId } from '../../data/constants';
import { topics } from '../../data/topics';
import { isUiLocale, type UiLanguage } from '../i18n/i18n';

/**
 * Settings shapes, defaults and validators. Hand-written guards rather than zod: this module ships in the
 * content script, which must stay a few kilobytes.
 */

export type HighlightMode = 'underline' | 'background';
export interface HighlightStyle {
  color: string;
  mode: HighlightMode;
}
export type EnabledTopics = Record<TopicId, boolean>;
/**
 * How much of a page to highlight: every mention, the first of each topic, or none until the reader asks (the
 * popup's list and the keys still reach every mention).
 */
export const HIGHLIGHT_AMOUNTS = ['all', 'first', 'none'] as const;
export type HighlightAmount = (typeof HIGHLIGHT_AMOUNTS)[number];
export type HighlightStyles = Record<TopicId, HighlightStyle>;

/** A user's "not this meaning" for one term on one site. */
export interface Correction {
  /** Host name, e.g. `www.example.com`. */
  site: string;
  topic: TopicId;
  /** The highlighted words, lower case. */
  text: string;
}

/** Each topic's own colour from the fact base. */
export const DEFAULT_COLORS = Object.fromEntries(topics.map((t) => [t.id, t.color])) as Record<
  TopicId,
  string
>;

export const DEFAULT_ENABLED_TOPICS: EnabledTopics = {
  iran: true,
  russia: true,
  putin: true,
  bushehr: true,
  swift: true,
};
export const DEFAULT_HIGHLIGHT_STYLES: HighlightStyles = Object.fromEntries(
  TOPIC_IDS.map((id) => [id, { color: DEFAULT_COLORS[id], mode: 'underline' }]),
) as HighlightStyles;
/** Long enough that a pointer crossing text opens nothing, short enough to feel immediate. */
export const DEFAULT_CARD_DELAY_MS = 350;
export const CARD_DELAY_RANGE = { min: 150, max: 1500 } as const;
export const DEFAULT_LANGUAGES: Language[] = [...LANGUAGES];
export const DEFAULT_HIGHLIGHT_AMOUNT: HighlightAmount = 'all';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const languageSet: ReadonlySet<string> = new Set(LANGUAGES);
const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;
const COLOR = /^#[0-9a-f]{6}$/i;

/** Each validator returns the value when it is well-formed, otherwise undefined. */
export function validateEnabledTopics(raw: unknown): EnabledTopics | undefined {
  if (!isRecord(raw)) return undefined;
  const out = { ...DEFAULT_ENABLED_TOPICS };
  for (const [key, value] of Object.entries(raw)) {
    // Unknown keys may come from a newer version: ignore them, but a wrong type is an error.
    if (typeof value !== 'boolean') return undefined;
    if (isTopicId(key)) out[key] = value;
  }
  return out;
}

export function validateDisabledSites(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || !raw.every((s) => typeof s === 'string' && HOST.test(s))) return undefined;
  return [...new Set(raw as string[])];
}

export function validateHighlightStyles(raw: unknown): HighlightStyles | undefined {
  if (!isRecord(raw)) return undefined;
  const out = { ...DEFAULT_HIGHLIGHT_STYLES };
  for (const [key, value] of Object.entries(raw)) {
    if (!isRecord(value) || typeof value.color !== 'string' || !COLOR.test(value.color)) return undefined;
    if (value.mode !== 'underline' && value.mode !== 'background') return undefined;
    if (isTopicId(key)) out[key] = { color: value.color, mode: value.mode };
  }
  return out;
}

export function validateCardDelay(raw: unknown): number | undefined {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
  if (raw < CARD_DELAY_RANGE.min || raw > CARD_DELAY_RANGE.max) return undefined;
  return Math.round(raw);
}

export function validateHighlightAmount(raw: unknown): HighlightAmount | undefined {
  return HIGHLIGHT_AMOUNTS.find((amount) => amount === raw);
}

export function validateUiLanguage(raw: unknown): UiLanguage | undefined {
  return raw === 'auto' || isUiLocale(raw) ? raw : undefined;
}

export function validateLanguages(raw: unknown): Language[] | undefined {
  if (!Array.isArray(raw) || !raw.every((l) => typeof l === 'string' && languageSet.has(l))) return undefined;
  return [...new Set(raw as Language[])];
}

export function validateCorrections(raw: unknown): Correction[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const ok = raw.every(
    (c) =>
      isRecord(c) &&
      typeof c.site === 'string' &&
      HOST.test(c.site) &&
      typeof c.topic === 'string' &&
      isTopicId(c.topic) &&
      typeof c.text === 'string' &&
      c.text.length > 0 &&
      c.text.length <= 200,
  );
  return ok ? (raw as Correction[]) : undefined;
}

/** The host name a site setting is keyed by, or undefined for pages that have none (file:, about:). */
export function siteOf(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
