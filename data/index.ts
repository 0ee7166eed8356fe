export { dataset } from './dataset';
/**
 * Changes whenever any bundled record changes; the fact database re-seeds when it differs. Hashed at build
 * time (see wxt.config.ts): hashing the whole fact base cost every popup and worker start about 3 ms.
 */
export { BASE_AS_OF, BASE_FACT_COUNT, DATASET_VERSION } from './dataset-version.generated';
