import { useEffect, useMemo } from 'react';
import type { FactBase } from '../../utils/db/fact-base';
import type { FactSearchEngine, SearchEngineFactory } from '../../utils/search/search-engine';

/** An engine that builds the real one on `warm()` or the first search, and can be built again after dispose. */
interface LazyEngine extends FactSearchEngine {
  warm(): void;
}

function lazyEngine(build: () => FactSearchEngine): LazyEngine {
  let inner: FactSearchEngine | undefined;
  const warm = () => (inner ??= build());
  return {
    warm,
    search: (query, limit) => warm().search(query, limit),
    searchNow: (query, limit) => warm().searchNow(query, limit),
    dispose() {
      inner?.dispose();
      inner = undefined;
    },
  };
}

/**
 * One search engine per loaded fact base, once `create` is known. Its index is built from an effect, after the
 * facts are on screen, and the engine (with its worker) is disposed when the popup goes away.
 */
export function useSearchEngine(
  base: FactBase | undefined,
  create: SearchEngineFactory | undefined,
): FactSearchEngine | undefined {
  const engine = useMemo(
    () => (base && create ? lazyEngine(() => create(base.topics, base.facts)) : undefined),
    [base, create],
  );
  useEffect(() => {
    if (!engine) return;
    engine.warm();
    return () => engine.dispose();
  }, [engine]);
  return engine;
}
