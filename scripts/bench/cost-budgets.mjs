// The budgets of what every page pays (the whole-cost part, cost.mjs), in the shape of budgets.mjs's lines.
import { JOINED_PAGE } from './pages.mjs';
import { line } from './budgets.mjs';

/** Real pages that name topics, allowed more than the pages that name none. */
const TOPIC_PAGES = ['yahoo-2', 'nytimes-1'];

/** The page with the largest `value(page)` among `pages`, and that value. */
function worst(pages, value) {
  let top;
  for (const p of pages) {
    const v = value(p);
    if (v !== undefined && (top === undefined || v > top.value)) top = { page: p, value: v };
  }
  return top;
}

const at = (top) => (top ? ` (${top.page.name})` : '');

/**
 * The whole-cost budgets against `cost` ({ pages: [{ name, kind, expected?, summary }] }): extension JS at
 * most 5 × the floor's on real pages naming no topic, 15 × on the real pages that name some, 1.5 × on the
 * joined page; no unbroken stretch of extension JS over 16 ms, whether cut at the thread's tasks or read
 * from the samples alone, and at most 2 MB of heap added on any page
 * (medians over rounds).
 */
export function checkCostBudgets({ cost }) {
  const pages = cost?.pages ?? [];
  const namesNoTopic = (p) => p.expected !== undefined && Object.values(p.expected).every((n) => n === 0);
  const ratio = (p) => p.summary.ratio;
  const quiet = worst(pages.filter(namesNoTopic), ratio);
  const joined = pages.find((p) => p.name === JOINED_PAGE);
  const stretch = worst(pages, (p) => p.summary.extStretchMs?.median);
  const run = worst(pages, (p) => p.summary.extRunMs?.median);
  const heap = worst(pages, (p) => p.summary.heapAddedMB?.median);
  return [
    line('Whole cost: extension JS vs floor, real pages naming no topic (worst page)', quiet?.value, 5, '×', {
      note: at(quiet),
    }),
    ...TOPIC_PAGES.map((name) => {
      const page = pages.find((p) => p.name === name);
      return line(`Whole cost: extension JS vs floor, ${name}`, page && ratio(page), 15, '×');
    }),
    line('Whole cost: extension JS vs floor, the real pages joined', joined && ratio(joined), 1.5, '×'),
    line('Whole cost: longest unbroken stretch of extension JS (any page)', stretch?.value, 16, 'ms', {
      note: at(stretch),
    }),
    line(
      'Whole cost: longest run of extension JS, samples alone, tasks back to back as one (any page)',
      run?.value,
      16,
      'ms',
      {
        note: at(run),
      },
    ),
    line('Whole cost: heap added by the extension (any page)', heap?.value, 2, 'MB', { note: at(heap) }),
  ];
}
