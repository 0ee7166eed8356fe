import type { Frame, Page } from 'playwright-core';

/**
 * The highlighted texts of a document that its styles leave looking plain: each range's element is asked for
 * the computed style of its highlight (`getComputedStyle(element, '::highlight(name)')`), which must draw an
 * underline or a tint. Empty when every highlight shows, in the document and in its open shadow roots.
 */
export function unstyledHighlights(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const plain: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight) {
        const element = range.startContainer.parentElement;
        if (!element) continue;
        const style = getComputedStyle(element, `::highlight(${name})`);
        const drawn = style.textDecorationLine !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
        const text = range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? '';
        if (!drawn) plain.push(`${name}:${text}`);
      }
    }
    return plain;
  });
}
