import { datasetVersionOf } from '../../data/dataset';
import type { Dataset } from '../../data/schema';
import type { BundledBase } from '../../utils/db/bundled-base';

/** `dataset` as a bundle whose records are already in memory, as the extension's are after their fetch. */
export const inMemoryBase = (dataset: Dataset, version = datasetVersionOf(dataset)): BundledBase => ({
  version,
  factCount: dataset.facts.length,
  info: dataset.info,
  load: () => Promise.resolve(dataset),
});
