export { CATEGORY_LABELS, KIND_LABELS } from '../../utils/facts/present';
