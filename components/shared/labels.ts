export { categoryLabel, kindLabel } from '../../utils/facts/present';
