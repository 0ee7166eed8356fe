import type { Page, Worker } from 'playwright-core';
export function pointOfWord(
  page: Page,
  word: string,
  within?: string,
): Promise<{ x: number; y: number } | undefined>;
export function dialogsInAccessibilityTree(page: Page): Promise<Array<{ name: string; nodeId: string }>>;
export function waitForCard(
  page: Page,
  name: string,
  timeoutMs?: number,
): Promise<{ name: string; nodeId: string }>;
export function tabIdOf(worker: Worker, page: Page): Promise<number>;
export function mentionsOf(
  worker: Worker,
  page: Page,
): Promise<{ tabId: number; mentions: Array<{ topic: string; text: string }> }>;
export function cardText(page: Page, name: string): Promise<string | undefined>;
export function toolbarPopupOf(worker: Worker, tabId: number): Promise<string>;
