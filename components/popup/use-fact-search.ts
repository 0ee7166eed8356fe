import { useEffect, useMemo, useState } from 'react';
import type { Fact } from '../../data/schema';
import type { FactBase } from '../../utils/db/fact-base';
import type { TopicRow } from '../../utils/db/fact-db';
import type { FactSearch } from '../../utils/search/fact-search';

/** Builds the search over one popup open's topics and facts (tests hand in their own). */
export type FactSearchFactory = (topics: readonly TopicRow[], facts: readonly Fact[]) => FactSearch;

/** The search and whether its index is whole; results are asked again when it becomes whole. */
export interface SearchState {
  search: FactSearch | undefined;
  indexed: boolean;
}

/**
 * One search per loaded fact base. Making it costs next to nothing in render: its index fills in slices of
 * later tasks (see fact-search.ts), and the results are asked again once it is whole.
 */
export function useFactSearch(
  base: FactBase | undefined,
  create: FactSearchFactory | undefined,
): SearchState {
  const search = useMemo(
    () => (base && create ? create(base.topics, base.facts) : undefined),
    [base, create],
  );
  const [whole, setWhole] = useState<FactSearch>();
  useEffect(() => {
    if (!search) return;
    let live = true;
    search.indexed.then(
      () => live && setWhole(search),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [search]);
  return { search, indexed: search !== undefined && whole === search };
}
