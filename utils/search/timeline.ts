import type { TopicId } from '../../data/constants';
import type { Category, Fact, FactKind } from '../../data/schema';

/** What the Browse view narrows facts by; an absent field means "any". */
export interface FactFilter {
  topic?: TopicId;
  category?: Category;
  kind?: FactKind;
  /** When set, only facts whose id is in it. */
  savedIds?: ReadonlySet<string>;
}

/** The facts that pass every part of `filter`, in their original order. */
export function filterFacts(facts: readonly Fact[], filter: FactFilter): Fact[] {
  return facts.filter(
    (f) =>
      (filter.topic === undefined || f.topics.includes(filter.topic)) &&
      (filter.category === undefined || f.category === filter.category) &&
      (filter.kind === undefined || f.kind === filter.kind) &&
      (filter.savedIds === undefined || filter.savedIds.has(f.id)),
  );
}

/**
 * Orders facts as a timeline, newest first: dated facts by date descending (within a year, a fact dated to
 * the day or month comes before one dated only to the year), then undated facts; ties keep the data's order.
 */
export function orderTimeline(facts: readonly Fact[]): Fact[] {
  const dated = facts.filter((f) => f.date !== undefined);
  const undated = facts.filter((f) => f.date === undefined);
  // Array.prototype.sort is stable, so equal dates keep their relative order.
  dated.sort((a, b) => compareKeys(b.date ?? '', a.date ?? ''));
  return [...dated, ...undated];
}

function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Consecutive facts grouped by year (`undefined` for the undated ones at the end), order kept. */
export function groupByYear<F extends { date?: string }>(
  facts: readonly F[],
): Array<{ year?: string; facts: F[] }> {
  const groups: Array<{ year?: string; facts: F[] }> = [];
  for (const fact of facts) {
    const year = fact.date?.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.facts.push(fact);
    else groups.push({ year, facts: [fact] });
  }
  return groups;
}

/**
 * Each topic's timeline at once: one pass over `facts` (thousands of them) for the shared filters, then
 * an ordered timeline per topic. Topics without facts get an empty list.
 */
export function topicTimelines(
  topics: readonly TopicId[],
  facts: readonly Fact[],
  filter: Omit<FactFilter, 'topic'>,
): Map<TopicId, Fact[]> {
  const byTopic = new Map<TopicId, Fact[]>(topics.map((t) => [t, []]));
  for (const fact of filterFacts(facts, filter))
    for (const topic of new Set(fact.topics)) byTopic.get(topic)?.push(fact);
  for (const [topic, list] of byTopic) byTopic.set(topic, orderTimeline(list));
  return byTopic;
}
