import type { BrowserContext, Page, Worker } from 'playwright-core';
export function openToolbarPopup(ext: { context: BrowserContext; worker: Worker }): Promise<Page>;
