import { z } from 'zod';
import {
  CATEGORIES,
  FACT_KINDS,
  LANGUAGES,
  TOPIC_IDS,
  type Category,
  type FactKind,
  type Language,
  type TopicId,
} from './constants';

export {
  CATEGORIES,
  FACT_KINDS,
  LANGUAGES,
  TOPIC_IDS,
  type Category,
  type FactKind,
  type Language,
  type TopicId,
};
export const topicIdSchema = z.enum(TOPIC_IDS);
export const languageSchema = z.enum(LANGUAGES);

/**
 * How an ambiguous alias is confirmed from the words around it.
 * - `finance`: counts only beside banking / payments / sanctions vocabulary (SWIFT the network).
 * - `government`: a capital city that counts only where it stands for its government ("Moscow warned"),
 *   never in datelines, addresses or names of other things.
 * - `person`: a surname that is also a common word elsewhere (French "Poutine" is also a dish).
 */
export const contextRuleSchema = z.enum(['finance', 'government', 'person']);
export type ContextRule = z.infer<typeof contextRuleSchema>;

export const aliasSchema = z.strictObject({
  /** Exactly as written in running text, one word form per entry (Россия, России, Россию ...). */
  text: z.string().min(1),
  lang: languageSchema,
  /** True when only this exact casing counts (SWIFT); otherwise any casing a page writes counts. */
  caseSensitive: z.boolean().optional(),
  /** Present when the alias is ambiguous and needs context to count. */
  context: contextRuleSchema.optional(),
});
export type Alias = z.infer<typeof aliasSchema>;

/** An ISO calendar date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  );
/** A whole day, `YYYY-MM-DD`: when a source was last checked. */
export const dayDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'not a YYYY-MM-DD day');

/** A published page: who published it, its title and address, when, and when we last read it. */
export const webSourceSchema = z.strictObject({
  publisher: z.string().min(2),
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/, error: 'not an https URL' }),
  published: partialDateSchema,
  checked: dayDateSchema,
});
export type WebSource = z.infer<typeof webSourceSchema>;

/** A passage of one of the two seed articles, word for word. */
export const seedSourceSchema = z.strictObject({
  article: z.string(),
  /** Word for word from the article, at most 40 words. */
  quote: z
    .string()
    .min(10)
    .refine((q) => q.trim().split(/\s+/).length <= 40, 'quote longer than 40 words'),
  checked: dayDateSchema,
});
export type SeedSource = z.infer<typeof seedSourceSchema>;

export const sourceSchema = z.union([webSourceSchema, seedSourceSchema]);
export type Source = z.infer<typeof sourceSchema>;

export const topicSchema = z.strictObject({
  id: topicIdSchema,
  name: z.string().min(1),
  /** Two or three neutral sentences, each supported by the topic's sources. */
  summary: z.string().min(40).max(600),
  sources: z.array(webSourceSchema).min(1),
  /** Default highlight colour, a CSS hex colour readable on light and dark pages. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Topic = z.infer<typeof topicSchema>;

export const articleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** File name of the seed the article was saved as. */
  seedFile: z.string().min(1),
});
export type Article = z.infer<typeof articleSchema>;

export const factKindSchema = z.enum(FACT_KINDS);
export const categorySchema = z.enum(CATEGORIES);

/** Who said, claimed or assessed something, with the office or affiliation they held then. */
export const speakerSchema = z.strictObject({ name: z.string().min(2), role: z.string().min(2).optional() });
export type Speaker = z.infer<typeof speakerSchema>;

/** One of the versions reputable sources give, in our words, with the indexes of the sources giving it. */
export const versionSchema = z.strictObject({
  version: z.string().min(5).max(200),
  sources: z.array(z.number().int().nonnegative()).min(1),
});

export const factSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    topics: z.array(topicIdSchema).min(1),
    category: categorySchema,
    kind: factKindSchema,
    /** Required by statements, claims and analyses; a view is the article's own. */
    speaker: speakerSchema.optional(),
    /** When it happened, as precisely as the sources say; `until` ends a period. */
    date: partialDateSchema.optional(),
    until: partialDateSchema.optional(),
    /** In our own words, one or two sentences a reader understands on a card without context. */
    text: z.string().min(20).max(300),
    /** Words a reader's paragraph may use for this fact (ranking); each comes from the fact's own words. */
    keywords: z.array(z.string().min(2)).default([]),
    sources: z.array(sourceSchema).min(1),
    /** Where reputable sources disagree: every version with its sources. */
    disputed: z.array(versionSchema).min(2).optional(),
  })
  .superRefine((fact, ctx) => {
    const problem = (message: string, path: PropertyKey[] = []) =>
      ctx.addIssue({ code: 'custom', message, path });
    if (fact.kind === 'statement' && fact.speaker?.role === undefined)
      problem('a statement needs its speaker and their office (speaker.role)', ['speaker']);
    if ((fact.kind === 'claim' || fact.kind === 'analysis') && fact.speaker === undefined)
      problem(
        `a${fact.kind === 'analysis' ? 'n' : ''} ${fact.kind} needs its ${fact.kind === 'claim' ? 'claimant' : 'analyst'} (speaker)`,
        ['speaker'],
      );
    if ((fact.kind === 'event' || fact.kind === 'view') && fact.speaker !== undefined)
      problem(`an ${fact.kind} has no speaker`, ['speaker']);
    if (fact.kind === 'view' && !fact.sources.some((s) => 'article' in s))
      problem("the article's view needs a source in that article", ['sources']);
    if (fact.until !== undefined && (fact.date === undefined || fact.until < fact.date))
      problem('until comes before date', ['until']);
    fact.disputed?.forEach((v, i) => {
      if (v.sources.some((n) => n >= fact.sources.length))
        problem('no such source', ['disputed', i, 'sources']);
    });
    if (fact.disputed && new Set(fact.disputed.map((v) => v.version)).size < fact.disputed.length)
      problem('two versions of a dispute say the same', ['disputed']);
  });
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

/** The fact base's own version and the day it was last brought up to date: shown to readers. */
export const baseInfoSchema = z.strictObject({ version: z.string().min(1), asOf: dayDateSchema });
export type BaseInfo = z.infer<typeof baseInfoSchema>;

export const datasetSchema = z.strictObject({
  info: baseInfoSchema,
  topics: z.array(topicSchema),
  aliases: z.record(topicIdSchema, z.array(aliasSchema).min(1)),
  articles: z.array(articleSchema).min(1),
  facts: z.array(factSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
