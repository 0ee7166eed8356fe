import type { TopicId } from '../../data/constants';
import { CATEGORIES, FACT_KINDS, type Category, type FactKind } from '../../data/constants';
import type { TopicRow } from '../../utils/db/fact-db';
import { CATEGORY_LABELS, KIND_LABELS } from '../shared/labels';

/** The Browse view's filters; undefined means "all". */
export interface BrowseFilter {
  topic?: TopicId;
  category?: Category;
  kind?: FactKind;
  savedOnly: boolean;
}

export const NO_FILTER: BrowseFilter = { savedOnly: false };

export interface BrowseFiltersProps {
  topics: readonly TopicRow[];
  filter: BrowseFilter;
  onChange: (filter: BrowseFilter) => void;
  savedAvailable: boolean;
}

/** Selects for topic, category and kind, and a "Saved only" switch. */
export function BrowseFilters({ topics, filter, onChange, savedAvailable }: BrowseFiltersProps) {
  return (
    <div className="filters" role="group" aria-label="Filters">
      <label>
        Topic
        <select
          value={filter.topic ?? ''}
          onChange={(e) =>
            onChange({
              ...filter,
              topic: pick(
                e.currentTarget.value,
                topics.map((t) => t.id),
              ),
            })
          }
        >
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select
          value={filter.category ?? ''}
          onChange={(e) => onChange({ ...filter, category: pick(e.currentTarget.value, CATEGORIES) })}
        >
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select
          value={filter.kind ?? ''}
          onChange={(e) => onChange({ ...filter, kind: pick(e.currentTarget.value, FACT_KINDS) })}
        >
          <option value="">All kinds</option>
          {FACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__saved">
        <input
          type="checkbox"
          checked={filter.savedOnly}
          disabled={!savedAvailable}
          onChange={(e) => onChange({ ...filter, savedOnly: e.currentTarget.checked })}
        />
        Saved only
      </label>
    </div>
  );
}

/** The option value as one of `allowed`, or undefined for "all". */
function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
