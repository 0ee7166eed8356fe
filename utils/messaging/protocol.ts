import type { Category, FactKind, Speaker } from '../../data/schema';
import type { TopicId } from '../../data/constants';
import { TOPIC_IDS } from '../../data/constants';
import { isUiLocale, type Messages, type UiLocale } from '../i18n/i18n';

/**
 * The one message protocol of the extension, named by direction. Every message is a plain object with a
 * `type`; each request type maps to exactly one response type. Guards check shape at the receiving end,
 * since a message is only as trustworthy as its sender.
 */

/** A source as shown: a published page (publisher, URL, date) or a seed article's passage (quote). */
export interface SourceView {
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
  quote?: string;
}

/** A fact as the card and popup show it, with seed articles' titles resolved. */
export interface FactView {
  id: string;
  text: string;
  /** ISO, as precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD; `until` ends a period. */
  date?: string;
  until?: string;
  kind: FactKind;
  speaker?: Speaker;
  category: Category;
  topics: TopicId[];
  sources: SourceView[];
  /** Where sources disagree: each version with the sources (by index) that give it. */
  disputed?: Array<{ version: string; sources: number[] }>;
  /** The day the fact's sources were last checked. */
  checked: string;
}

export interface TopicCard {
  topic: TopicId;
  name: string;
  summary: string;
  /** The facts most relevant to the reader's context, best first. */
  facts: FactView[];
  /** How many facts the topic has in all. */
  factCount: number;
  /** `bundled` when the database failed and the in-memory copy answered. */
  from: 'database' | 'bundled';
  /** The day the fact base was last brought up to date (ISO). */
  asOf: string;
}

// ---- content script -> background -------------------------------------------------------------

export interface CardFactsRequest {
  type: 'card-facts';
  topic: TopicId;
  /** The sentence holding the mention and the paragraph around it, used to rank facts. */
  context: { sentence: string; paragraph: string };
  /** Other topics the same paragraph mentions (the content script has already found them). */
  related: TopicId[];
}
export interface OpenTopicRequest {
  type: 'open-topic';
  topic: TopicId;
}
export interface MentionCountReport {
  type: 'mention-count';
  count: number;
}
/** The interface's words in the language the reader chose (content scripts cannot read _locales themselves). */
export interface UiMessagesRequest {
  type: 'ui-messages';
  locale: UiLocale;
}
export type ContentToBackground =
  CardFactsRequest | OpenTopicRequest | MentionCountReport | UiMessagesRequest;

export interface ContentToBackgroundResponses {
  'card-facts': TopicCard;
  'open-topic': { ok: true };
  'mention-count': { ok: true };
  'ui-messages': Messages;
}

// ---- extension pages / background -> content script ------------------------------------------

export interface PageMentionsRequest {
  type: 'page-mentions';
}
export interface FocusMentionRequest {
  type: 'focus-mention';
  /** Index into the page-mentions answer. */
  index: number;
}
export interface StepMentionRequest {
  type: 'step-mention';
  direction: 1 | -1;
}
/** Hides every highlight on the page, or shows them again (the reader's shortcut). */
export interface ToggleHighlightsRequest {
  type: 'toggle-highlights';
}
/** The page's address: the extension holds no "tabs" permission, so only the page itself can say. */
export interface PageInfoRequest {
  type: 'page-info';
}
export type ToContent =
  PageMentionsRequest | FocusMentionRequest | StepMentionRequest | ToggleHighlightsRequest | PageInfoRequest;

export interface PageMention {
  topic: TopicId;
  text: string;
}
export interface ToContentResponses {
  'page-mentions': { mentions: PageMention[] };
  'focus-mention': { ok: boolean };
  'step-mention': { ok: boolean };
  'toggle-highlights': { hidden: boolean };
  'page-info': { url: string };
}

// ---- guards ------------------------------------------------------------------------------------

const topicIds: ReadonlySet<string> = new Set(TOPIC_IDS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTopic = (v: unknown): v is TopicId => typeof v === 'string' && topicIds.has(v);
const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= 20_000;
const isContext = (v: unknown): boolean => isObject(v) && isShortText(v.sentence) && isShortText(v.paragraph);

/** True when `msg` is a well-formed content-to-background message. */
export function isContentToBackground(msg: unknown): msg is ContentToBackground {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'card-facts':
      return (
        isTopic(msg.topic) &&
        isContext(msg.context) &&
        Array.isArray(msg.related) &&
        msg.related.length <= TOPIC_IDS.length &&
        msg.related.every(isTopic)
      );
    case 'open-topic':
      return isTopic(msg.topic);
    case 'mention-count':
      return typeof msg.count === 'number' && Number.isInteger(msg.count) && msg.count >= 0;
    case 'ui-messages':
      return isUiLocale(msg.locale);
    default:
      return false;
  }
}

/** True when `msg` is a well-formed message for the content script. */
export function isToContent(msg: unknown): msg is ToContent {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'page-mentions':
    case 'page-info':
    case 'toggle-highlights':
      return true;
    case 'focus-mention':
      return typeof msg.index === 'number' && Number.isInteger(msg.index) && msg.index >= 0;
    case 'step-mention':
      return msg.direction === 1 || msg.direction === -1;
    default:
      return false;
  }
}
