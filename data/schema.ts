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

export const topicSchema = z.strictObject({
  id: topicIdSchema,
  name: z.string().min(1),
  /** Two or three neutral sentences. */
  summary: z.string().min(40).max(600),
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

export const sourceSchema = z.strictObject({
  articleId: z.string(),
  /** Word for word from the article, at most about 30 words. */
  quote: z
    .string()
    .min(10)
    .refine((q) => q.trim().split(/\s+/).length <= 40, 'quote longer than 40 words'),
});
export type Source = z.infer<typeof sourceSchema>;

export const factKindSchema = z.enum(FACT_KINDS);

export const categorySchema = z.enum(CATEGORIES);

/**
 * A date exactly as precise as the source gives it. `label` is what a reader sees ("2013", "since 2022");
 * `sortKey` is an ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD) used only to order a timeline.
 */
export const factDateSchema = z.strictObject({
  label: z.string().min(1),
  sortKey: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
});
export type FactDate = z.infer<typeof factDateSchema>;

export const factSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  topics: z.array(topicIdSchema).min(1),
  /** In our own words, at most about 280 characters. */
  text: z.string().min(20).max(300),
  date: factDateSchema.optional(),
  kind: factKindSchema,
  /** Who said or claimed it, where the source names someone. */
  speaker: z.string().min(1).optional(),
  category: categorySchema,
  /** Extra words a reader's paragraph may use for this fact (ranking), lower case. */
  keywords: z.array(z.string().min(2)).default([]),
  sources: z.array(sourceSchema).min(1),
});
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

export const datasetSchema = z.strictObject({
  topics: z.array(topicSchema),
  aliases: z.record(topicIdSchema, z.array(aliasSchema).min(1)),
  articles: z.array(articleSchema).min(1),
  facts: z.array(factSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
