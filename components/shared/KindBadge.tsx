import type { FactKind } from '../../data/schema';
import { kindLabel } from './labels';

/** A small badge naming the kind of fact; each kind has its own shape as well as colour. */
export function KindBadge({ kind }: { kind: FactKind }) {
  return <span className={`kind-badge kind-badge--${kind}`}>{kindLabel(kind)}</span>;
}
