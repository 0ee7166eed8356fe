import type { BrowserContext, Worker } from 'playwright-core';
export interface ToolbarPopup {
  url: string;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}
export function openToolbarPopup(ext: {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}): Promise<ToolbarPopup>;
