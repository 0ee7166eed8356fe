import type { Category, FactKind, Speaker } from '../../data/schema';
import { isTopicId, TOPIC_IDS, type TopicId } from '../../data/constants';
import { isUiLocale, type Messages } from '../i18n/i18n';

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

// ---- the messages, each described once: its type and guard both come from the description ----------

/** A field's check; the type of the field is what it guards. */
type Check<T> = (value: unknown) => value is T;
/** Each message type with the checks of its fields (besides `type`). */
type Shapes = Record<string, Record<string, Check<unknown>>>;
/** The messages `shapes` describes, as a union discriminated by `type`. */
type MessageOf<S extends Shapes> = {
  [K in keyof S & string]: { type: K } & { [F in keyof S[K]]: S[K][F] extends Check<infer T> ? T : never };
}[keyof S & string];

/**
 * A guard over `shapes`: a message is an object whose `type` names a shape and whose fields all pass that
 * shape's checks. A hand-rolled guard rather than a schema library: valibot's smallest equivalent adds
 * about 2 KB gzipped to the loader every page runs, whose budget is 4 KB in all.
 */
function guardOf<S extends Shapes>(shapes: S): (msg: unknown) => msg is MessageOf<S> {
  return (msg): msg is MessageOf<S> => {
    if (!isObject(msg) || typeof msg.type !== 'string' || !Object.hasOwn(shapes, msg.type)) return false;
    const checks = shapes[msg.type]!;
    return Object.keys(checks).every((field) => checks[field]!(msg[field]));
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= 20_000;
const isContext = (v: unknown): v is { sentence: string; paragraph: string } =>
  isObject(v) && isShortText(v.sentence) && isShortText(v.paragraph);
const isTopicIdList = (v: unknown): v is TopicId[] =>
  Array.isArray(v) && v.length <= TOPIC_IDS.length && v.every(isTopicId);
const isDirection = (v: unknown): v is 1 | -1 => v === 1 || v === -1;
const isTrueOrAbsent = (v: unknown): v is true | undefined => v === undefined || v === true;

// ---- content script -> background -------------------------------------------------------------

const CONTENT_TO_BACKGROUND = {
  /** The facts for a card: `context` (the sentence holding the mention and its paragraph) ranks them. */
  'card-facts': { topic: isTopicId, context: isContext, related: isTopicIdList },
  /**
   * The pointer has come to a mention: a card may be asked for soon. Wakes a stopped worker and starts its
   * fact-base read, which together take about as long as the reader's rest before the card is due.
   */
  'card-soon': {},
  /** Opens the popup page on a topic, in a tab. */
  'open-topic': { topic: isTopicId },
  /** The interface's words in the language the reader chose (content scripts cannot read _locales). */
  'ui-messages': { locale: isUiLocale },
} satisfies Shapes;

export type ContentToBackground = MessageOf<typeof CONTENT_TO_BACKGROUND>;
export type CardFactsRequest = Extract<ContentToBackground, { type: 'card-facts' }>;
/** True when `msg` is a well-formed content-to-background message. */
export const isContentToBackground = guardOf(CONTENT_TO_BACKGROUND);

export interface ContentToBackgroundResponses {
  'card-facts': TopicCard;
  'card-soon': { ok: true };
  'open-topic': { ok: true };
  'ui-messages': Messages;
}

// ---- content script -> background, on the count port ---------------------------------------------

/**
 * The port a page's content script reports its mention count on (toolbar badge): one per page, so a report
 * costs the page one message, and the port's disconnect tells the worker that the page has gone.
 */
export const COUNT_PORT = 'mention-count';

const COUNT_REPORTS = {
  /** How many mentions the page holds. */
  'mention-count': { count: isCount },
} satisfies Shapes;

export type CountReport = MessageOf<typeof COUNT_REPORTS>;
/** True when `msg` is a well-formed count report. */
export const isCountReport = guardOf(COUNT_REPORTS);

// ---- extension pages / background -> content script ------------------------------------------

const TO_CONTENT = {
  /**
   * The page's mentions, in document order; with `ids`, each with its id for focus-mention (without, the answer
   * keeps the shape that outside tests rely on).
   */
  'page-mentions': { ids: isTrueOrAbsent },
  /**
   * Scrolls to a mention and opens its card: `id` from the page-mentions answer, which stays the mention's
   * while it is on the page (an index would name another one once the page changed).
   */
  'focus-mention': { id: isCount },
  /** Moves to the next or previous mention (the reader's shortcut). */
  'step-mention': { direction: isDirection },
  /** Hides every highlight on the page, or shows them again (the reader's shortcut). */
  'toggle-highlights': {},
  /** The page's address: the extension holds no "tabs" permission, so only the page itself can say. */
  'page-info': {},
} satisfies Shapes;

export type ToContent = MessageOf<typeof TO_CONTENT>;
/** One kind of message for the content script. */
export type ToContentOf<K extends ToContent['type']> = Extract<ToContent, { type: K }>;
/** True when `msg` is a well-formed message for the content script. */
export const isToContent = guardOf(TO_CONTENT);

export interface PageMention {
  topic: TopicId;
  text: string;
  /** The mention's own number on the page, for focus-mention (when asked for with `ids`). */
  id?: number;
}
/** A mention as the popup lists it: asked for with `ids`. */
export type ListedMention = Required<PageMention>;
export interface ToContentResponses {
  'page-mentions': { mentions: PageMention[] };
  'focus-mention': { ok: boolean };
  'step-mention': { ok: boolean };
  'toggle-highlights': { hidden: boolean };
  'page-info': { url: string };
}
