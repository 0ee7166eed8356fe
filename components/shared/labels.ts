import type { Category, FactKind } from '../../data/schema';

/** How each kind of fact is named, so a reader can tell a reported event from an opinion at a glance. */
export const KIND_LABELS: Record<FactKind, string> = {
  event: 'Event',
  statement: 'Official statement',
  assessment: 'Analyst assessment',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  economy: 'Economy',
  finance: 'Finance',
  military: 'Military',
  nuclear: 'Nuclear',
  diplomacy: 'Diplomacy',
  history: 'History',
};
