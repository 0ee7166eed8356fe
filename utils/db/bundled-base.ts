import { browser, type PublicPath } from 'wxt/browser';
import { BASE_FACT_COUNT, DATASET_VERSION } from '../../data/dataset-version.generated';
import { info } from '../../data/info';
import type { BaseInfo, Dataset } from '../../data/schema';
import { FACT_BASE_FILE } from './fact-base-file';

/** The fact base shipped with the extension: what it is, known up front, and its records, fetched on demand. */
export interface BundledBase {
  /** Changes whenever any bundled record changes; the database re-seeds when it differs. */
  version: string;
  factCount: number;
  info: BaseInfo;
  /** Every record; read only to seed the database or when the database cannot answer. */
  load(): Promise<Dataset>;
}

/** The shipped base, its records fetched (once) from `url`: the extension's copy of `FACT_BASE_FILE`. */
export function shippedBase(url: string, about: Omit<BundledBase, 'load'>): BundledBase {
  let records: Promise<Dataset> | undefined;
  const fetchRecords = async (): Promise<Dataset> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The bundled facts could not be read (${response.status}).`);
    return (await response.json()) as Dataset;
  };
  return {
    ...about,
    load: () =>
      (records ??= fetchRecords().catch((error: unknown) => {
        records = undefined; // a later read may succeed
        throw error;
      })),
  };
}

/** The base this build of the extension ships. */
export const extensionBase = (): BundledBase =>
  // A cast: WXT's list of the extension's paths does not know the files a build hook writes.
  shippedBase(browser.runtime.getURL(FACT_BASE_FILE as PublicPath), {
    version: DATASET_VERSION,
    factCount: BASE_FACT_COUNT,
    info,
  });
