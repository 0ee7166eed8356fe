import { describe, expect, it } from 'vitest';
import { HighlightBatch } from '../../utils/content/highlight-batch';
import type { Highlighter } from '../../utils/content/highlighter';
import type { Mention } from '../../utils/content/mention-store';

/** A highlighter that records what is asked of it, in order. */
function fakeHighlighter(log: string[]) {
  let shown = false;
  return {
    get stylesPending() {
      return !shown;
    },
    showStyles: () => {
      if (!shown) log.push('styles');
      shown = true;
    },
    add: (mentions: readonly Mention[]) => log.push(`draw ${mentions.length}`),
    remove: () => undefined,
  } as unknown as Highlighter;
}

const mention = { node: { ownerDocument: document } } as unknown as Mention;

describe('the highlight batch', () => {
  it('tells the scan when a document’s styles are still to go in, and puts them in before drawing', () => {
    const log: string[] = [];
    const h = fakeHighlighter(log);
    const batch = new HighlightBatch(() => h);
    expect(batch.stylesPending).toBe(false);
    batch.add([mention]);
    expect(batch.stylesPending).toBe(true);
    batch.showStyles();
    expect(batch.stylesPending).toBe(false);
    expect(log).toEqual(['styles']);
    batch.add([mention]);
    expect(batch.stylesPending).toBe(false); // in already
    batch.flush();
    expect(log).toEqual(['styles', 'draw 1']);
  });

  it('draws nothing unstyled when the scan stops before the styles went in alone', () => {
    const log: string[] = [];
    const batch = new HighlightBatch(() => fakeHighlighter(log));
    batch.add([mention]);
    batch.flush();
    expect(log).toEqual(['styles', 'draw 1']);
  });
});
