import type { BaseInfo } from './schema';

/** Shown to readers beside the facts: bump `version` and `asOf` whenever facts are added or re-checked. */
export const info: BaseInfo = { version: '2.0', asOf: '2026-12-06' };
